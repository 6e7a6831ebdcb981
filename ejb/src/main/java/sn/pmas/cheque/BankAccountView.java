package sn.pmas.cheque;

/** A bank account with its leaves accounted for and its position on the date asked. */
public record BankAccountView(String code, String bankName, String accountNumber, String ledgerAccount, String issuedAccount,
                              boolean principalsMoney, long leaves, long leavesUsed, long leavesSpoiled, long leavesUnused,
                              BankPosition position) {
}
