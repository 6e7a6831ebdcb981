package sn.pmas.cheque;

import java.time.LocalDate;

/**
 * What a bank account can still pay on a date (DOMAIN §4).
 *
 * @param bookBalance         debit balance of the bank's ledger account (521x) at the end of the date
 * @param outstandingCheques  cheques released and not yet cashed (credit balance of its 5219x account)
 * @param safetyMargin        the margin in force on the date
 * @param available           {@code bookBalance - outstandingCheques - safetyMargin}: what releases may use
 * @param held                cheques signed and held on the account
 */
public record BankPosition(String bankAccountCode, LocalDate asOf, long bookBalance, long outstandingCheques,
                           long safetyMargin, long available, long held) {

    static BankPosition of(String bankAccountCode, LocalDate asOf, long bookBalance, long outstandingCheques,
                           long safetyMargin, long held) {
        return new BankPosition(bankAccountCode, asOf, bookBalance, outstandingCheques, safetyMargin,
                bookBalance - outstandingCheques - safetyMargin, held);
    }
}
