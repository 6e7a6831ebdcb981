package sn.pmas.incoming;

/** One cheque of a deposit slip as the Bordereau de remise de chèques lists it. */
public record DepositSlipRow(int line, String drawer, String drawerBank, String number, String reference, long amount) {
}
