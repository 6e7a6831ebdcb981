package sn.pmas.reconciliation;

import java.time.LocalDate;
import java.util.List;

/**
 * A register against its control accounts on {@code asOf}, over {@code from}–{@code asOf}:
 * {@code difference} = register − ledger. Tied when no account differs; otherwise
 * {@code firstDifference} says where to look (absent when tied).
 */
public record Reconciliation(String code, String title, List<String> accounts, LocalDate from, LocalDate asOf,
                             long registerTotal, long ledgerBalance, long difference, boolean tied,
                             FirstDifference firstDifference) {
}
