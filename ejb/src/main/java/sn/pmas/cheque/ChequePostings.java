package sn.pmas.cheque;

import java.time.LocalDate;
import java.util.List;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;

/**
 * The entries a cheque's steps post (docs/cheques.md), under the treasury's own source
 * ({@link LedgerSource#TREASURY}: no manual entry may take it) and the cheque's reference.
 * Preparing, holding and delivering post nothing; voiding or going stale after release reverses
 * the release entry.
 */
final class ChequePostings {

    static final String SOURCE = LedgerSource.TREASURY.code();
    static final String JOURNAL = "BQ";

    private ChequePostings() {
    }

    /** Released: the debt is settled, the money is promised to the bank — payable / cheques issued not cashed. */
    static PostingRequest release(Cheque cheque, String payableAccount, String issuedAccount, LocalDate on) {
        String label = "Chèque n° " + cheque.number() + " à " + cheque.payee();
        return new PostingRequest(JOURNAL, on, SOURCE, cheque.reference() + "/DEBLOCAGE", label + " (déblocage)",
                List.of(PostingLine.debit(payableAccount, cheque.amount(), label),
                        PostingLine.credit(issuedAccount, cheque.amount(), label)));
    }

    /** Cashed: the bank paid it — cheques issued not cashed / bank. */
    static PostingRequest cash(Cheque cheque, String issuedAccount, String bankAccount, LocalDate on) {
        String label = "Chèque n° " + cheque.number() + " à " + cheque.payee();
        return new PostingRequest(JOURNAL, on, SOURCE, cheque.reference() + "/ENCAISSEMENT", label + " (encaissé)",
                List.of(PostingLine.debit(issuedAccount, cheque.amount(), label),
                        PostingLine.credit(bankAccount, cheque.amount(), label)));
    }
}
