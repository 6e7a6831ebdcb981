package sn.pmas.incoming;

import java.time.LocalDate;
import java.util.List;

/**
 * A deposit slip: its bank account, date, total handed over, what the bank has still to credit
 * ({@code openAmount}: the total less the cheques returned unpaid before clearing, 0 once cleared),
 * and its cheques.
 */
public record DepositSlipView(String reference, String bankAccount, String bankName, String accountNumber, LocalDate depositedOn,
                              long total, int chequeCount, DepositSlip.Status status, LocalDate clearedOn, long openAmount,
                              String depositedBy, List<IncomingChequeView> cheques) {
}
