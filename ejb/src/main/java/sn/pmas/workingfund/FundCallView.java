package sn.pmas.workingfund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fund call as shown to users, with the receipts matched with it, oldest first. */
public record FundCallView(String number, String principalCode, String principalName, LocalDate issuedOn,
                           LocalDate statementFrom, long amount, long received, long outstanding, FundCall.Status status,
                           long availableAtIssue, long targetAtIssue, String issuedBy, Instant issuedAt,
                           List<Settlement> settlements) {

    /** The part of one receipt of funds (the SIG's FUNDS_RECEIVED event) matched with the call. */
    public record Settlement(String receiptReference, LocalDate receivedOn, long amount) {
    }
}
