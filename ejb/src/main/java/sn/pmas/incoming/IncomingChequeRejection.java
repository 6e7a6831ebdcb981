package sn.pmas.incoming;

import sn.pmas.platform.ProblemCode;

/**
 * Why the register of incoming cheques refused a request. Stable codes (docs/errors.md); a request
 * may also be refused on a ledger rule ({@code sn.pmas.ledger.Rejection}: a required field, an
 * unknown principal or account, a closed period).
 */
public enum IncomingChequeRejection implements ProblemCode {
    DUPLICATE("incoming-cheque.duplicate", 409, "Chèque déjà reçu : même banque tirée et même numéro, autre contenu"),
    NOT_FOUND("incoming-cheque.not-found", 404, "Chèque reçu introuvable"),
    ILLEGAL_TRANSITION("incoming-cheque.illegal-transition", 409, "Ce chèque reçu ne peut pas passer à cet état"),
    ALREADY_DEPOSITED("incoming-cheque.already-deposited", 409, "Chèque déjà remis en banque"),
    WRONG_BANK_ACCOUNT("incoming-cheque.wrong-bank-account", 422,
            "Les fonds d'un mandant se remettent sur le compte bancaire des mandants"),
    CREDIT_ACCOUNT("incoming-cheque.credit-account", 422, "Compte à créditer non admis pour un chèque reçu"),
    FUNDS_RECEIPT_REFUSED("incoming-cheque.funds-receipt-refused", 422, "La réception des fonds du mandant est refusée"),
    SLIP_NOT_FOUND("deposit-slip.not-found", 404, "Bordereau de remise introuvable"),
    SLIP_NOT_OPEN("deposit-slip.not-open", 409, "Bordereau de remise déjà crédité par la banque ou sans chèque à créditer");

    private final Definition definition;

    IncomingChequeRejection(String code, int httpStatus, String title) {
        this.definition = new Definition(code, httpStatus, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
