package sn.pmas.claim;

/** Who a claim is paid to: a conventioned provider (third-party payment) or a member (direct reimbursement). */
public enum PayeeKind {
    PROVIDER,
    MEMBER
}
