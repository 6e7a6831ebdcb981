package sn.pmas.sig;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import sn.pmas.claim.ClaimDetails;
import sn.pmas.claim.RejectedClaim;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;
import sn.pmas.platform.Francs;
import sn.pmas.platform.ProblemCode;
import sn.pmas.premium.PremiumShare;
import sn.pmas.premium.Quittance;
import sn.pmas.premium.QuittanceBalance;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.FeeBase;
import sn.pmas.workingfund.PrincipalAgreement;
import sn.pmas.workingfund.Principals;

/**
 * The business rules of the SIG's events (docs/posting-rules.md): checks each event against the
 * registers as they stand after the events before it in the same submission, and says what it
 * posts. Writes nothing. The principals' funds are the ledger's check, on every path
 * ({@code sn.pmas.ledger.FundsCheck}).
 */
final class EventBooking {

    static final String PRINCIPALS_BANK = "5211";
    static final String POOL_BANK = "5212";
    static final String MEMBERS_TO_REIMBURSE = "47122";

    /** A quittance as the register knows it: who issued it, and what is left of it. */
    record QuittanceState(long insurerPartyId, QuittanceBalance balance) {
    }

    /** A claim as the register knows it; it becomes paid or cancelled, once. A claim in a cheque is paid by the cheque only. */
    static final class ClaimState {
        final long principalPartyId;
        final String payeeAccount;
        final long amount;
        final LocalDate validatedOn;
        final boolean inCheque;
        boolean paid;
        boolean cancelled;

        ClaimState(long principalPartyId, String payeeAccount, long amount, LocalDate validatedOn, boolean inCheque,
                   boolean paid, boolean cancelled) {
            this.principalPartyId = principalPartyId;
            this.payeeAccount = payeeAccount;
            this.amount = amount;
            this.validatedOn = validatedOn;
            this.inCheque = inCheque;
            this.paid = paid;
            this.cancelled = cancelled;
        }
    }

    private final Map<String, Party> parties;
    private final Map<Long, List<PrincipalAgreement>> agreements;
    private final Map<String, QuittanceState> quittances;
    private final Map<String, ClaimState> claims;
    private final NavigableMap<LocalDate, Long> medicalThresholds;
    private List<LineError> errors;
    private int index;
    private ParsedEvent event;

    EventBooking(Map<String, Party> parties, Map<Long, List<PrincipalAgreement>> agreements,
                 Map<String, QuittanceState> quittances, Map<String, ClaimState> claims,
                 NavigableMap<LocalDate, Long> medicalThresholds) {
        this.parties = parties;
        this.agreements = agreements;
        this.quittances = quittances;
        this.claims = claims;
        this.medicalThresholds = medicalThresholds;
    }

    /** The booking of the event, or empty with its faults added to {@code faults}. */
    Optional<Booking> book(int position, ParsedEvent parsed, String contentHash, List<LineError> faults) {
        this.index = position;
        this.event = parsed;
        this.errors = new ArrayList<>();
        Booking booking = switch (parsed) {
            case ParsedEvent.PremiumIssued issued -> issue(issued, contentHash);
            case ParsedEvent.PremiumMovementEvent movement -> move(movement, contentHash);
            case ParsedEvent.ClaimValidated claim -> validate(claim, contentHash);
            case ParsedEvent.ClaimPaid payment -> pay(payment, contentHash);
            case ParsedEvent.ClaimCancelled cancellation -> cancel(cancellation, contentHash);
            case ParsedEvent.ClaimRejected rejection -> reject(rejection, contentHash);
            case ParsedEvent.FundsReceived funds -> receive(funds, contentHash);
            case ParsedEvent.OperatingExpense expense -> new Booking.Expense(position, parsed, contentHash,
                    entry("BQ", expense.label(), PostingLine.debit(expense.account(), expense.amount(), expense.label()),
                            PostingLine.credit(POOL_BANK, expense.amount(), expense.label())));
        };
        faults.addAll(errors);
        return errors.isEmpty() ? Optional.of(booking) : Optional.empty();
    }

    private Booking issue(ParsedEvent.PremiumIssued e, String contentHash) {
        Party insurer = party("principal", e.insurer(), PartyType.INSURER);
        Party group = e.subscriberGroup() == null ? null : party("subscriberGroup", e.subscriberGroup(), PartyType.SUBSCRIBER_GROUP);
        Party broker = e.broker() == null ? null : party("broker", e.broker(), PartyType.BROKER);
        if (quittances.containsKey(e.reference())) {
            fail("reference", SigRejection.PREMIUM_EXISTS, "La quittance " + e.reference() + " est déjà au registre.");
        }
        if (insurer == null || (e.subscriberGroup() != null && group == null) || (e.broker() != null && broker == null)) {
            return null;
        }
        agreement(insurer);
        Quittance quittance = new Quittance(e.reference(), e.contract(), insurer.id(), group == null ? null : group.id(),
                broker == null ? null : broker.id(), e.product(), e.periodFrom(), e.periodTo(), e.date(), e.premium(), e.policyCosts(), e.taxes());
        if (errors.isEmpty()) {
            quittances.put(e.reference(), new QuittanceState(insurer.id(), new QuittanceBalance(quittance.total(), quittance.premiumAmount())));
        }
        return new Booking.PremiumIssue(index, e, contentHash, quittance);
    }

    private Booking move(ParsedEvent.PremiumMovementEvent e, String contentHash) {
        QuittanceState quittance = quittances.get(e.premium());
        if (quittance == null) {
            fail("premium", SigRejection.PREMIUM_UNKNOWN, "La quittance " + e.premium() + " n'est pas au registre.");
            return null;
        }
        Party insurer = partyById(quittance.insurerPartyId());
        String currentAccount = Principals.currentAccountCode(insurer);
        QuittanceBalance balance = quittance.balance();
        switch (e.type()) {
            case PREMIUM_COLLECTED, PREMIUM_CANCELLED -> {
                if (e.amount() > balance.outstanding()) {
                    fail("amount", SigRejection.PREMIUM_EXCEEDS_OUTSTANDING, "La quittance " + e.premium() + " n'a plus que "
                            + Francs.amount(balance.outstanding()) + " à encaisser ou annuler (demandé : " + Francs.amount(e.amount()) + ").");
                    return null;
                }
            }
            default -> {
                if (e.amount() > balance.refundable()) {
                    fail("amount", SigRejection.PREMIUM_EXCEEDS_COLLECTED, "La quittance " + e.premium() + " n'a que "
                            + Francs.amount(balance.refundable()) + " encaissés à rembourser (demandé : " + Francs.amount(e.amount()) + ").");
                    return null;
                }
            }
        }
        if (e.type() == EventType.PREMIUM_CANCELLED) {
            return new Booking.PremiumMovement(index, e, contentHash, null, e.premium(), insurer.id(), balance.cancel(e.amount()));
        }
        if (e.type() == EventType.PREMIUM_COLLECTED) {
            Optional<PrincipalAgreement> agreement = agreement(insurer);
            if (agreement.isEmpty()) {
                return null;
            }
            BigDecimal rate = agreement.get().feeBase() == FeeBase.COLLECTED_PREMIUMS ? agreement.get().feeRate() : BigDecimal.ZERO;
            PremiumShare share = balance.collect(e.amount(), rate);
            String label = "Commission de gestion " + percent(rate) + " sur encaissement " + e.premium();
            return new Booking.PremiumMovement(index, e, contentHash, share.commission() == 0 ? null
                    : entry("OD", label, PostingLine.debit(currentAccount, share.commission(), label),
                            PostingLine.credit(revenueAccount(insurer), share.commission(), label)), e.premium(), insurer.id(), share);
        }
        PremiumShare share = balance.refund(e.amount());
        String label = "Commission rendue sur remboursement " + e.premium();
        return new Booking.PremiumMovement(index, e, contentHash, share.commission() == 0 ? null
                : entry("OD", label, PostingLine.debit(revenueAccount(insurer), share.commission(), label),
                        PostingLine.credit(currentAccount, share.commission(), label)), e.premium(), insurer.id(), share);
    }

    private Booking validate(ParsedEvent.ClaimValidated e, String contentHash) {
        Party principal = principal(e.principal());
        Party provider = e.provider() == null ? null : party("provider", e.provider(), PartyType.PROVIDER);
        if (claims.containsKey(e.reference())) {
            fail("reference", SigRejection.CLAIM_EXISTS, "Le sinistre " + e.reference() + " est déjà au registre.");
        }
        if (principal == null || (e.provider() != null && provider == null)) {
            return null;
        }
        Optional<PrincipalAgreement> agreement = agreement(principal);
        long threshold = medicalThreshold(e.date());
        if (e.amount() > threshold && !e.medicalValidation()) {
            fail("medicalValidation", SigRejection.CLAIM_MEDICAL_VALIDATION_REQUIRED, "Sinistre de " + Francs.amount(e.amount())
                    + " : au-delà de " + Francs.amount(threshold) + ", la validation du médecin conseil est exigée (manuel §6.2.3).");
        }
        if (!errors.isEmpty() || agreement.isEmpty()) {
            return null;
        }
        boolean toMember = e.member() != null;
        String payeeAccount = toMember ? MEMBERS_TO_REIMBURSE : PartyType.PROVIDER.controlAccountCode() + "." + provider.code();
        claims.put(e.reference(), new ClaimState(principal.id(), payeeAccount, e.amount(), e.date(), false, false, false));
        String payee = toMember ? e.member() : provider.code();
        String label = e.label() != null ? e.label() : "Sinistre " + e.invoice() + " " + payee + " (soins " + e.careMonth() + ")";
        Long providerId = provider == null ? null : provider.id();
        ClaimDetails details = new ClaimDetails(e.reference(), principal.id(), toMember ? null : providerId, e.member(),
                toMember ? providerId : null, e.invoice(), e.contract(), e.careMonth(), e.invoiceReceivedOn(), e.date(), e.amount(),
                e.medicalValidation());
        return new Booking.ClaimValidation(index, e, contentHash,
                entry("OP", label, PostingLine.debit(Principals.currentAccountCode(principal), e.amount(), label),
                        PostingLine.credit(payeeAccount, e.amount(), label)),
                details, e.forceReason(), e.amount() > agreement.get().singleClaimLimit());
    }

    /** A rejected invoice books nothing: the register keeps it for the providers' incentive (rejection rate). */
    private Booking reject(ParsedEvent.ClaimRejected e, String contentHash) {
        Party principal = principal(e.principal());
        Party provider = party("provider", e.provider(), PartyType.PROVIDER);
        if (principal == null || provider == null) {
            return null;
        }
        return new Booking.ClaimRejection(index, e, contentHash, new RejectedClaim(e.reference(), principal.id(), provider.id(),
                e.invoice(), e.careMonth(), e.invoiceReceivedOn(), e.date(), e.amount(), e.label()));
    }

    private Booking pay(ParsedEvent.ClaimPaid e, String contentHash) {
        ClaimState claim = openClaim(e.claim(), e.date(), "Le paiement");
        if (claim == null) {
            return null;
        }
        claim.paid = true;
        String label = e.label() != null ? e.label() : "Règlement du sinistre " + e.claim();
        return new Booking.ClaimPayment(index, e, contentHash,
                entry("BQ", label, PostingLine.debit(claim.payeeAccount, claim.amount, label),
                        PostingLine.credit(PRINCIPALS_BANK, claim.amount, label)), e.claim(), e.date());
    }

    /**
     * A validated claim withdrawn before payment: its charge to the principal is reversed (by the
     * ledger's reversal of the claim's entry, posted by the ingestion) and the register marks it.
     * A paid claim is not cancelled: a provider's refund is a new operation.
     */
    private Booking cancel(ParsedEvent.ClaimCancelled e, String contentHash) {
        ClaimState claim = openClaim(e.claim(), e.date(), "L'annulation");
        if (claim == null) {
            return null;
        }
        claim.cancelled = true;
        return new Booking.ClaimCancellation(index, e, contentHash, e.claim(), claim.principalPartyId, e.date());
    }

    /** The claim an event pays or cancels: in the register, neither paid nor cancelled, validated by the event's date. */
    private ClaimState openClaim(String reference, LocalDate date, String act) {
        ClaimState claim = claims.get(reference);
        if (claim == null) {
            fail("claim", SigRejection.CLAIM_UNKNOWN, "Le sinistre " + reference + " n'est pas au registre des sinistres validés.");
        } else if (claim.paid) {
            fail("claim", SigRejection.CLAIM_ALREADY_PAID, "Le sinistre " + reference + " est déjà payé.");
        } else if (claim.cancelled) {
            fail("claim", SigRejection.CLAIM_CANCELLED, "Le sinistre " + reference + " est annulé : il ne se paie ni ne s'annule plus.");
        } else if (claim.inCheque) {
            fail("claim", SigRejection.CLAIM_IN_CHEQUE, "Le sinistre " + reference + " est réglé par un chèque de la trésorerie : "
                    + "annuler ce chèque avant de le payer ou de l'annuler autrement.");
        } else if (date.isBefore(claim.validatedOn)) {
            fail("date", Rejection.FIELD_INVALID, act + " (" + date + ") précède la validation du sinistre (" + claim.validatedOn + ").");
        } else {
            return claim;
        }
        return null;
    }

    private Booking receive(ParsedEvent.FundsReceived e, String contentHash) {
        Party principal = principal(e.principal());
        if (principal == null) {
            return null;
        }
        Optional<PrincipalAgreement> agreement = agreement(principal);
        if (agreement.isEmpty()) {
            return null;
        }
        BigDecimal rate = agreement.get().feeBase() == FeeBase.FUNDS_RECEIVED ? agreement.get().feeRate() : BigDecimal.ZERO;
        long fee = BigDecimal.valueOf(e.amount()).multiply(rate).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
        String currentAccount = Principals.currentAccountCode(principal);
        String label = e.label() != null ? e.label() : "Fonds reçus de " + principal.code();
        List<PostingLine> lines = new ArrayList<>(List.of(PostingLine.debit(PRINCIPALS_BANK, e.amount(), label),
                PostingLine.credit(currentAccount, e.amount(), label)));
        if (fee > 0) {
            String feeLabel = "Honoraires de gestion " + percent(rate) + " sur fonds reçus";
            lines.add(PostingLine.debit(currentAccount, fee, feeLabel));
            lines.add(PostingLine.credit(revenueAccount(principal), fee, feeLabel));
        }
        return new Booking.FundsReceipt(index, e, contentHash, new PostingRequest("BQ", e.date(), LedgerSource.SIG.code(), e.reference(), label, lines),
                principal.id(), e.amount(), fee);
    }

    private PostingRequest entry(String journal, String description, PostingLine... lines) {
        return new PostingRequest(journal, event.date(), LedgerSource.SIG.code(), event.reference(), description, List.of(lines));
    }

    /** Insurers pay management commissions (70521), delegating schemes management fees (70522). */
    private static String revenueAccount(Party principal) {
        return principal.type() == PartyType.INSURER ? "70521" : "70522";
    }

    private Party principal(String code) {
        Party party = parties.get(code);
        if (party == null || !Principals.isPrincipal(party.type())) {
            fail("principal", Rejection.PARTY_UNKNOWN, code + " n'est pas un mandant connu (compagnie membre ou usager en délégation).");
            return null;
        }
        return active(party, "principal");
    }

    private Party party(String field, String code, PartyType type) {
        Party party = parties.get(code);
        if (party == null || party.type() != type) {
            fail(field, Rejection.PARTY_UNKNOWN, code + " n'est pas un tiers connu du type attendu (" + type + ").");
            return null;
        }
        return active(party, field);
    }

    private Party active(Party party, String field) {
        if (!party.active()) {
            fail(field, SigRejection.PARTY_INACTIVE, "Le tiers " + party.code() + " est inactif.");
            return null;
        }
        return party;
    }

    private Party partyById(long id) {
        return parties.values().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("party " + id + " of a register row is not loaded"));
    }

    private Optional<PrincipalAgreement> agreement(Party principal) {
        Optional<PrincipalAgreement> agreement = Agreements.inForce(agreements.getOrDefault(principal.id(), List.of()), event.date());
        if (agreement.isEmpty()) {
            fail("principal", Rejection.AGREEMENT_MISSING, "Aucune convention en vigueur le " + event.date() + " pour " + principal.code()
                    + " : l'enregistrer d'abord (POST /api/principals/" + principal.code() + "/agreements).");
        }
        return agreement;
    }

    private long medicalThreshold(LocalDate date) {
        Map.Entry<LocalDate, Long> threshold = medicalThresholds.floorEntry(date);
        if (threshold == null) {
            throw new IllegalStateException("no medical validation threshold in force on " + date);
        }
        return threshold.getValue();
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private void fail(String field, ProblemCode code, String message) {
        errors.add(new LineError(index, event.reference(), field, code.code(), message));
    }
}
