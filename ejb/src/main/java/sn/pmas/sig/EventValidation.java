package sn.pmas.sig;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.ProblemCode;

/**
 * Checks the shape of one event (required fields per type, dates, whole positive francs, text
 * lengths) and turns it into a {@link ParsedEvent}. Every fault of the event is reported, not
 * only the first, so that the SIG can fix a line in one go.
 */
final class EventValidation {

    static final long MAX_AMOUNT = 1_000_000_000_000L;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,59}");

    private final int index;
    private final SigEvent event;
    private final List<LineError> errors = new ArrayList<>();

    private EventValidation(int index, SigEvent event) {
        this.index = index;
        this.event = event;
    }

    /** The parsed event, or empty with the faults added to {@code errors}. */
    static Optional<ParsedEvent> parse(int index, SigEvent event, List<LineError> errors) {
        if (event == null) {
            errors.add(new LineError(index, null, null, Rejection.FIELD_REQUIRED.code(), "Ligne " + (index + 1) + " : événement vide."));
            return Optional.empty();
        }
        EventValidation validation = new EventValidation(index, event);
        ParsedEvent parsed = validation.parse();
        errors.addAll(validation.errors);
        return validation.errors.isEmpty() ? Optional.of(parsed) : Optional.empty();
    }

    private ParsedEvent parse() {
        String reference = reference();
        LocalDate date = date("date", event.date());
        Optional<EventType> type = EventType.parse(event.type());
        if (type.isEmpty()) {
            fail("type", Rejection.FIELD_INVALID, "Type d'événement inconnu : " + LineError.echoed(event.type()) + " (attendu : "
                    + List.of(EventType.values()) + ").");
            return null;
        }
        return switch (type.get()) {
            case PREMIUM_ISSUED -> premiumIssued(reference, date);
            case PREMIUM_COLLECTED, PREMIUM_CANCELLED, PREMIUM_REFUNDED ->
                    new ParsedEvent.PremiumMovementEvent(reference, date, type.get(), text("premium", event.premium(), true, 60),
                            amount("amount", event.amount(), true));
            case CLAIM_VALIDATED -> claimValidated(reference, date);
            case CLAIM_PAID -> new ParsedEvent.ClaimPaid(reference, date, text("claim", event.claim(), true, 60),
                    text("label", event.label(), false, 200));
            case CLAIM_CANCELLED -> new ParsedEvent.ClaimCancelled(reference, date, text("claim", event.claim(), true, 60),
                    text("label", event.label(), false, 200));
            case CLAIM_REJECTED -> claimRejected(reference, date);
            case FUNDS_RECEIVED -> new ParsedEvent.FundsReceived(reference, date, text("principal", event.principal(), true, 20),
                    amount("amount", event.amount(), true), text("label", event.label(), false, 200));
            case OPERATING_EXPENSE -> operatingExpense(reference, date);
        };
    }

    private ParsedEvent premiumIssued(String reference, LocalDate date) {
        LocalDate from = date("periodFrom", event.periodFrom());
        LocalDate to = date("periodTo", event.periodTo());
        if (from != null && to != null && to.isBefore(from)) {
            fail("periodTo", Rejection.FIELD_INVALID, "La période couverte finit (" + to + ") avant de commencer (" + from + ").");
        }
        return new ParsedEvent.PremiumIssued(reference, date, text("principal", event.principal(), true, 20),
                text("contract", event.contract(), true, 60), text("subscriberGroup", event.subscriberGroup(), false, 20),
                text("broker", event.broker(), false, 20), text("product", event.product(), true, 60), from, to, amount("amount", event.amount(), true),
                amount("policyCosts", event.policyCosts(), false), amount("taxes", event.taxes(), false));
    }

    private ParsedEvent claimValidated(String reference, LocalDate date) {
        String provider = text("provider", event.provider(), false, 20);
        String member = text("member", event.member(), false, 200);
        if (provider == null && member == null) {
            fail("provider", Rejection.FIELD_REQUIRED, "Un sinistre se règle soit à un prestataire (provider), soit à un adhérent "
                    + "(member, avec provider facultatif : l'établissement où il a été soigné hors tiers payant) : renseigner l'un des deux.");
        }
        YearMonth careMonth = month("careMonth", event.careMonth());
        LocalDate received = invoiceReceivedOn(date, careMonth, "sa validation");
        return new ParsedEvent.ClaimValidated(reference, date, text("principal", event.principal(), true, 20), provider, member,
                text("invoice", event.invoice(), true, 60), text("contract", event.contract(), false, 60), careMonth, received,
                amount("amount", event.amount(), true),
                Boolean.TRUE.equals(event.medicalValidation()), text("label", event.label(), false, 200),
                text("forceReason", event.forceReason(), false, 500));
    }

    private ParsedEvent claimRejected(String reference, LocalDate date) {
        YearMonth careMonth = month("careMonth", event.careMonth());
        LocalDate received = invoiceReceivedOn(date, careMonth, "son rejet");
        return new ParsedEvent.ClaimRejected(reference, date, text("principal", event.principal(), true, 20),
                text("provider", event.provider(), true, 20), text("invoice", event.invoice(), true, 60), careMonth, received,
                amount("amount", event.amount(), true), text("label", event.label(), false, 200));
    }

    /** The invoice's receipt, neither after the decision on it ({@code date}) nor the care after the decision. */
    private LocalDate invoiceReceivedOn(LocalDate date, YearMonth careMonth, String decision) {
        LocalDate received = date("invoiceReceivedOn", event.invoiceReceivedOn());
        if (date != null && careMonth != null && careMonth.isAfter(YearMonth.from(date))) {
            fail("careMonth", Rejection.FIELD_INVALID, "Le mois de soins " + careMonth + " est postérieur à " + decision + " (" + date + ").");
        }
        if (date != null && received != null && received.isAfter(date)) {
            fail("invoiceReceivedOn", Rejection.FIELD_INVALID, "La facture est reçue le " + received + ", après " + decision + " (" + date + ").");
        }
        return received;
    }

    private ParsedEvent operatingExpense(String reference, LocalDate date) {
        String account = text("account", event.account(), true, 30);
        if (account != null && !account.startsWith("6")) {
            fail("account", Rejection.FIELD_INVALID, "Une charge de fonctionnement se passe sur un compte de classe 6 (reçu : " + account + ").");
        }
        return new ParsedEvent.OperatingExpense(reference, date, account, amount("amount", event.amount(), true),
                text("label", event.label(), true, 200));
    }

    private String reference() {
        String reference = text("reference", event.reference(), true, 60);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            fail("reference", Rejection.FIELD_INVALID, "Référence attendue : lettres, chiffres, . _ / - (reçu : " + reference + ").");
        }
        return reference;
    }

    private String text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, Rejection.FIELD_REQUIRED, "Le champ " + field + " est obligatoire pour un événement " + LineError.echoed(event.type()) + ".");
            }
            return null;
        }
        if (value.strip().length() > maxLength) {
            fail(field, Rejection.FIELD_INVALID, "Le champ " + field + " dépasse " + maxLength + " caractères.");
            return null; // refused once: no further check quotes it back
        }
        return value.strip();
    }

    private LocalDate date(String field, String value) {
        if (text(field, value, true, 10) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            fail(field, Rejection.FIELD_INVALID, "Date attendue au format AAAA-MM-JJ pour " + field + " (reçu : " + value + ").");
            return null;
        }
    }

    private YearMonth month(String field, String value) {
        if (text(field, value, true, 7) == null) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            fail(field, Rejection.FIELD_INVALID, "Mois attendu au format AAAA-MM pour " + field + " (reçu : " + value + ").");
            return null;
        }
    }

    /** Whole francs; a missing optional amount is 0, a required one must be positive. */
    private long amount(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, Rejection.FIELD_REQUIRED, "Le montant " + field + " est obligatoire pour un événement " + LineError.echoed(event.type()) + ".");
            }
            return 0;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            fail(field, Rejection.AMOUNT_NOT_WHOLE, "Le franc CFA n'a pas de centimes : montant entier exigé pour " + field
                    + " (reçu : " + value.toPlainString() + ").");
            return 0;
        }
        if (value.signum() < 0 || (required && value.signum() == 0)) {
            fail(field, Rejection.AMOUNT_NOT_POSITIVE, "Montant " + (required ? "positif" : "positif ou nul") + " exigé pour "
                    + field + " (reçu : " + value.toPlainString() + ").");
            return 0;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            fail(field, Rejection.AMOUNT_TOO_LARGE, "Montant hors limites pour " + field + " (reçu : " + value.toPlainString() + ").");
            return 0;
        }
        return value.longValueExact();
    }

    private void fail(String field, ProblemCode code, String message) {
        errors.add(new LineError(index, event.reference(), field, code.code(), message));
    }
}
