package sn.pmas.incoming;

import java.time.LocalDate;

/**
 * A received cheque as the API and the page show it. {@code principal} for a principal's funds,
 * {@code creditAccount} the account its receipt credits (47123 for a principal's cheque until cleared).
 */
public record IncomingChequeView(String reference, String drawer, String drawerBank, String number, long amount,
                                 IncomingChequeKind kind, String principal, String creditAccount, LocalDate receivedOn,
                                 IncomingChequeStatus status, String depositSlip, LocalDate clearedOn, LocalDate returnedOn,
                                 String returnReason, boolean replayed) {

    IncomingChequeView asReplay() {
        return new IncomingChequeView(reference, drawer, drawerBank, number, amount, kind, principal, creditAccount, receivedOn,
                status, depositSlip, clearedOn, returnedOn, returnReason, true);
    }
}
