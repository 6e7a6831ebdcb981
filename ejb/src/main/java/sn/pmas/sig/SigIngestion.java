package sn.pmas.sig;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.pmas.ledger.FundsOverride;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingResult;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.LostRaceException;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.Alerts;
import sn.pmas.workingfund.FundCalls;
import sn.pmas.workingfund.WorkingFunds;
import sn.pmas.platform.Roles;

/**
 * Books the SIG's financial events: checks a whole submission, then posts its entries through the
 * ledger and writes the registers, in one transaction. Either every event is booked (or recognised
 * as a replay) or none is, and every fault found is reported with its line.
 */
@Stateless
@PermitAll
public class SigIngestion {

    static final int MAX_EVENTS = 5_000;
    private static final Pattern BATCH_FIELD = Pattern.compile("entries\\[(\\d+)]\\.?(.*)");

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private PostingService posting;
    @EJB
    private Agreements agreements;
    @EJB
    private WorkingFunds workingFunds;
    @EJB
    private Alerts alerts;
    @EJB
    private FundCalls fundCalls;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<EventOutcome> ingest(List<SigEvent> events) throws EventsRejectedException {
        if (events == null || events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new EventsRejectedException(List.of(new LineError(0, null, "events", Rejection.FIELD_INVALID.code(),
                    "Un envoi compte de 1 à " + MAX_EVENTS + " événements (reçu : " + (events == null ? 0 : events.size()) + ").")));
        }
        RegisterLoader registers = new RegisterLoader(em, agreements);
        List<LineError> errors = new ArrayList<>();
        List<ParsedEvent> parsed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            parsed.add(EventValidation.parse(i, events.get(i), errors).orElse(null));
        }
        Map<String, SigEventRecord> booked = registers.bookedEvents(parsed.stream().filter(Objects::nonNull)
                .map(ParsedEvent::reference).distinct().toList());
        EventOutcome[] outcomes = new EventOutcome[events.size()];
        Map<String, String> submitted = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ParsedEvent event = parsed.get(i);
            if (event == null) {
                continue;
            }
            String hash = ContentHash.of(events.get(i));
            SigEventRecord earlier = booked.get(event.reference());
            String earlierHash = earlier != null ? earlier.contentHash() : submitted.get(event.reference());
            if (earlierHash == null) {
                submitted.put(event.reference(), hash);
                fresh.add(i);
            } else if (!earlierHash.equals(hash)) {
                errors.add(new LineError(i, event.reference(), "reference", SigRejection.EVENT_REFERENCE_CONFLICT.code(), "La référence "
                        + event.reference() + " a déjà été reçue avec un autre contenu : une correction du SIG porte une nouvelle référence."));
            } else if (earlier != null) {
                outcomes[i] = new EventOutcome(event.reference(), earlier.type(), true, earlier.entryId());
            }
        }
        EventBooking rules = registers.bookingState(fresh.stream().map(parsed::get).toList());
        List<Booking> bookings = new ArrayList<>();
        for (int i : fresh) {
            rules.book(i, parsed.get(i), submitted.get(parsed.get(i).reference()), errors).ifPresent(bookings::add);
        }
        if (!errors.isEmpty()) {
            // The registers were read after the event log: a concurrent submission of the same events
            // that committed in between makes them look already registered (claim.exists...).
            Set<String> bookedMeanwhile = registers.bookedEvents(fresh.stream().map(i -> parsed.get(i).reference()).toList()).keySet();
            if (!bookedMeanwhile.isEmpty()) {
                throw new LostRaceException("SIG events " + bookedMeanwhile + " booked by a concurrent submission while this one was checked");
            }
            throw new EventsRejectedException(errors);
        }
        Posted posted = post(bookings);
        new RegisterWriter(em, alerts, workingFunds, fundCalls).write(bookings, posted, callerName(), clock.instant());
        Map<Integer, Long> entries = posted.entries();
        for (Booking booking : bookings) {
            outcomes[booking.index()] = new EventOutcome(booking.event().reference(), typeOf(booking), false, entries.get(booking.index()));
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                // the same event twice in one submission: the second is a replay of the first
                EventOutcome first = findFirst(outcomes, parsed.get(i).reference());
                outcomes[i] = new EventOutcome(first.reference(), first.type(), true, first.entryId());
            }
        }
        return List.of(outcomes);
    }

    /** The entries the bookings posted, by event index, and the events whose entry an administrator forced. */
    record Posted(Map<Integer, Long> entries, Set<Integer> forced) {
    }

    /**
     * Posts the entries of the bookings in one ledger batch, then the reversals of the claims they
     * cancel; a ledger refusal names the event that caused it. A claim's {@code forceReason} is its
     * entry's override of the ledger's funds check.
     */
    private Posted post(List<Booking> bookings) throws EventsRejectedException {
        List<PostingRequest> requests = new ArrayList<>();
        List<Booking> posting = new ArrayList<>();
        Map<Integer, FundsOverride> overrides = new HashMap<>();
        for (Booking booking : bookings) {
            if (booking.posting() != null) {
                if (booking instanceof Booking.ClaimValidation claim && claim.forceReason() != null) {
                    overrides.put(requests.size(), new FundsOverride(claim.forceReason()));
                }
                requests.add(booking.posting().withEventType(typeOf(booking).name()));
                posting.add(booking);
            }
        }
        Posted posted = new Posted(new HashMap<>(), new HashSet<>());
        if (!requests.isEmpty()) {
            List<PostingResult> results;
            try {
                results = this.posting.postAll(LedgerSource.SIG, requests, overrides);
            } catch (LedgerException refusal) {
                Matcher batchField = BATCH_FIELD.matcher(refusal.field() == null ? "" : refusal.field());
                Booking culprit = batchField.matches() ? posting.get(Integer.parseInt(batchField.group(1))) : posting.get(0);
                throw refused(culprit, batchField.matches() ? batchField.group(2) : refusal.field(), refusal);
            }
            for (int i = 0; i < results.size(); i++) {
                posted.entries().put(posting.get(i).index(), results.get(i).entryId());
                if (results.get(i).forced()) {
                    posted.forced().add(posting.get(i).index());
                }
            }
        }
        for (Booking booking : bookings) {
            if (booking instanceof Booking.ClaimCancellation cancellation) {
                posted.entries().put(booking.index(), reverseClaim(cancellation, bookings, posted.entries()));
            }
        }
        return posted;
    }

    /** The ledger's reversal of the entry that charged the claim, booked in this submission or before. */
    private long reverseClaim(Booking.ClaimCancellation cancellation, List<Booking> bookings, Map<Integer, Long> entries)
            throws EventsRejectedException {
        Long claimEntry = bookings.stream()
                .filter(b -> b instanceof Booking.ClaimValidation && b.event().reference().equals(cancellation.claimReference()))
                .map(b -> entries.get(b.index())).findFirst()
                .orElseGet(() -> em.createQuery("select e.entryId from SigEventRecord e where e.reference = :reference", Long.class)
                        .setParameter("reference", cancellation.claimReference()).getSingleResult());
        try {
            return this.posting.reverseOwnEntry(LedgerSource.SIG, claimEntry, cancellation.cancelledOn(),
                    "annulation du sinistre " + cancellation.claimReference() + " (événement SIG " + cancellation.event().reference() + ")",
                    EventType.CLAIM_CANCELLED.name())
                    .entryId();
        } catch (LedgerException refusal) {
            throw refused(cancellation, "entryId".equals(refusal.field()) ? "claim" : refusal.field(), refusal);
        }
    }

    private static EventsRejectedException refused(Booking culprit, String entryField, LedgerException refusal) {
        return new EventsRejectedException(List.of(new LineError(culprit.index(), culprit.event().reference(),
                eventField(entryField), refusal.rejection().code(), refusal.getMessage())));
    }

    /**
     * The event's own name for the entry field the ledger refused: the entry's date is the event's,
     * its lines come from the event's amount.
     */
    private static String eventField(String entryField) {
        if (entryField == null || entryField.isEmpty() || entryField.equals("entryDate")) {
            return "date";
        }
        return entryField.startsWith("lines[") ? "amount" : entryField;
    }

    static EventType typeOf(Booking booking) {
        return switch (booking.event()) {
            case ParsedEvent.PremiumIssued ignored -> EventType.PREMIUM_ISSUED;
            case ParsedEvent.PremiumMovementEvent movement -> movement.type();
            case ParsedEvent.ClaimValidated ignored -> EventType.CLAIM_VALIDATED;
            case ParsedEvent.ClaimPaid ignored -> EventType.CLAIM_PAID;
            case ParsedEvent.ClaimCancelled ignored -> EventType.CLAIM_CANCELLED;
            case ParsedEvent.ClaimRejected ignored -> EventType.CLAIM_REJECTED;
            case ParsedEvent.FundsReceived ignored -> EventType.FUNDS_RECEIVED;
            case ParsedEvent.OperatingExpense ignored -> EventType.OPERATING_EXPENSE;
        };
    }

    private static EventOutcome findFirst(EventOutcome[] outcomes, String reference) {
        for (EventOutcome outcome : outcomes) {
            if (outcome != null && outcome.reference().equals(reference)) {
                return outcome;
            }
        }
        throw new IllegalStateException("no outcome for " + reference);
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
