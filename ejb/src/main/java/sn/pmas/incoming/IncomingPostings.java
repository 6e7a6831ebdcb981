package sn.pmas.incoming;

import java.util.List;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;

/**
 * The posting rules of incoming cheques (docs/incoming-cheques.md), journal BQ, source TREASURY:
 * receipt Dr 513 / Cr 47123 (a principal's funds) or the account named; deposit Dr 514 / Cr 513;
 * clearing Dr 47123 (principals) or the bank 521x (others) / Cr 514, and the principal's funds
 * booked by the SIG's FUNDS_RECEIVED rule; returned unpaid after deposit Dr 513 / Cr 514, then the
 * receipt reversed.
 */
final class IncomingPostings {

    static final String SOURCE = LedgerSource.TREASURY.code();
    static final String JOURNAL = "BQ";
    static final String CHEQUES_TO_CASH = "513";
    static final String CHEQUES_AT_BANK = "514";
    static final String PRINCIPALS_PENDING = "47123";
    /** The account the SIG's FUNDS_RECEIVED debits: a principal's cheque is deposited on the bank account tied to it. */
    static final String PRINCIPALS_BANK = "5211";
    static final String RECEIPT_SUFFIX = "/RECEPTION";
    static final String RETURN_SUFFIX = "/RETOUR";
    static final String DEPOSIT_SUFFIX = "/REMISE";
    static final String CLEARING_SUFFIX = "/CREDIT";

    private IncomingPostings() {
    }

    static PostingRequest receipt(IncomingCheque cheque, String creditAccount) {
        String label = "Chèque reçu n° " + cheque.chequeNumber() + " " + cheque.drawerBank() + " de " + cheque.drawer();
        return new PostingRequest(JOURNAL, cheque.receivedOn(), SOURCE, cheque.reference() + RECEIPT_SUFFIX, label,
                List.of(PostingLine.debit(CHEQUES_TO_CASH, cheque.amount(), label), PostingLine.credit(creditAccount, cheque.amount(), label)));
    }

    static PostingRequest returnedFromBank(IncomingCheque cheque, java.time.LocalDate on) {
        String label = "Chèque impayé n° " + cheque.chequeNumber() + " " + cheque.drawerBank() + " rendu par la banque";
        return new PostingRequest(JOURNAL, on, SOURCE, cheque.reference() + RETURN_SUFFIX, label,
                List.of(PostingLine.debit(CHEQUES_TO_CASH, cheque.amount(), label), PostingLine.credit(CHEQUES_AT_BANK, cheque.amount(), label)));
    }

    static PostingRequest deposit(DepositSlip slip, String bankCode) {
        String label = "Remise de chèques " + slip.reference() + " sur " + bankCode;
        return new PostingRequest(JOURNAL, slip.depositedOn(), SOURCE, slip.reference() + DEPOSIT_SUFFIX, label,
                List.of(PostingLine.debit(CHEQUES_AT_BANK, slip.total(), label), PostingLine.credit(CHEQUES_TO_CASH, slip.total(), label)));
    }

    /** The bank credits the slip: {@code principals} of it waits on 47123 until the SIG rule books it, {@code others} goes to the bank. */
    static PostingRequest clearing(DepositSlip slip, java.time.LocalDate on, String bankLedgerAccount, long principals, long others) {
        String label = "Remise " + slip.reference() + " créditée par la banque";
        List<PostingLine> lines = new java.util.ArrayList<>();
        if (principals > 0) {
            lines.add(PostingLine.debit(PRINCIPALS_PENDING, principals, label));
        }
        if (others > 0) {
            lines.add(PostingLine.debit(bankLedgerAccount, others, label));
        }
        lines.add(PostingLine.credit(CHEQUES_AT_BANK, principals + others, label));
        return new PostingRequest(JOURNAL, on, SOURCE, slip.reference() + CLEARING_SUFFIX, label, lines);
    }
}
