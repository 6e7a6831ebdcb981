package sn.pmas.fiscalcalendar;

import java.time.LocalDate;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** What a version of an obligation states, as the accountant enters it. An inactive version ends the obligation from its date. */
public record ObligationTerms(LocalDate validFrom, DeadlineRule rule, AmountSource amountSource, String accountCode,
                              boolean active, String comment) {

    /** Terms from a request's fields, refused with the field at fault. */
    public static ObligationTerms of(LocalDate validFrom, Frequency frequency, Integer declarationMonths, Integer declarationDay,
                                     Integer paymentMonths, Integer paymentDay, Long quarterlyBelow, ShiftRule shiftRule,
                                     AmountSource amountSource, String accountCode, Boolean active, String comment)
            throws LedgerException {
        required(validFrom, "validFrom");
        required(frequency, "frequency");
        required(amountSource, "amountSource");
        months(required(declarationMonths, "declarationMonths"), "declarationMonths");
        day(required(declarationDay, "declarationDay"), "declarationDay");
        if (paymentMonths == null && paymentDay != null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "paymentMonths", "Le mois de paiement accompagne le jour de paiement.");
        }
        if (paymentMonths != null) {
            months(paymentMonths, "paymentMonths");
            day(required(paymentDay, "paymentDay"), "paymentDay");
        }
        if (quarterlyBelow != null && (quarterlyBelow <= 0 || frequency != Frequency.MONTHLY)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "quarterlyBelow",
                    "Le seuil de déclaration trimestrielle est un montant positif, pour une obligation mensuelle.");
        }
        String account = accountCode == null || accountCode.isBlank() ? null : accountCode.strip();
        if ((amountSource == AmountSource.LEDGER) != (account != null)) {
            throw new LedgerException(amountSource == AmountSource.LEDGER ? Rejection.FIELD_REQUIRED : Rejection.FIELD_INVALID,
                    "accountCode", amountSource == AmountSource.LEDGER
                            ? "Compte obligatoire pour un montant tiré du grand livre."
                            : "Pas de compte pour un montant saisi.");
        }
        return new ObligationTerms(validFrom, new DeadlineRule(frequency, declarationMonths, declarationDay, paymentMonths,
                paymentDay, quarterlyBelow, shiftRule == null ? ShiftRule.NEXT_WORKING_DAY : shiftRule), amountSource, account,
                active == null || active, comment == null || comment.isBlank() ? null : comment.strip());
    }

    private static <T> T required(T value, String field) throws LedgerException {
        if (value == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, field, "Le champ " + field + " est obligatoire.");
        }
        return value;
    }

    private static void months(int value, String field) throws LedgerException {
        if (value < 0 || value > 12) {
            throw new LedgerException(Rejection.FIELD_INVALID, field, "Nombre de mois après la période entre 0 et 12 (reçu : " + value + ").");
        }
    }

    private static void day(int value, String field) throws LedgerException {
        if (value < 1 || value > 31) {
            throw new LedgerException(Rejection.FIELD_INVALID, field, "Jour du mois entre 1 et 31 (reçu : " + value + ").");
        }
    }
}
