package sn.pmas.cheque;

import java.util.List;

/**
 * The planner's answer for a bank account and a date.
 *
 * @param release   the cheques to release, in release order
 * @param stay      the held cheques that stay held, each with why
 * @param remaining what the position keeps once {@code release} is released
 */
public record ReleasePlan(BankPosition position, List<HeldCheque> release, List<StaysHeld> stay, long remaining) {

    public long releaseTotal() {
        return release.stream().mapToLong(HeldCheque::amount).sum();
    }
}
