package sn.pmas.cheque;

import java.util.List;
import sn.pmas.workingfund.FundCallProposal;

/**
 * What the planner proposes to release, what stays held and why, and a fund call for each
 * principal whose deficit keeps its cheques held.
 */
public record ReleaseProposal(BankPosition position, List<ChequeView> release, long releaseTotal, long remaining,
                              List<HeldReason> stay, List<FundCallProposal> fundCalls) {

    /** A cheque that stays held; {@code reason} in French, e.g. "Banque à court de 120 000 F". */
    public record HeldReason(ChequeView cheque, StaysHeld.Reason code, long shortBy, String reason) {
    }
}
