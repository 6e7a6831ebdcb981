package sn.pmas.incoming;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import sn.pmas.bankstatement.BookedBankItem;
import sn.pmas.bankstatement.BookedBankItems;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/**
 * Deposit slips as the bank statement must show them: a slip deposited and not yet credited is an
 * open item (a positive amount: what is left on it); a statement line matching it clears it.
 */
@ApplicationScoped
public class DepositItems implements BookedBankItems {

    static final String CODE = "deposits";

    @EJB
    private DepositSlips slips;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<BookedBankItem> openOn(String bankAccountCode, LocalDate asOf) {
        return slips.openOn(bankAccountCode, asOf);
    }

    /** A slip waits on 514, "chèques à l'encaissement" (docs/incoming-cheques.md): the bank account is debited when the bank credits it. */
    @Override
    public boolean inBookPosition() {
        return false;
    }

    @Override
    public void matched(String reference, LocalDate bankDate) throws LedgerException {
        try {
            slips.clear(reference, bankDate);
        } catch (IncomingChequeException refused) {
            throw new LedgerException(Rejection.FIELD_INVALID, "reference", refused.code().code() + " : " + refused.getMessage());
        }
    }
}
