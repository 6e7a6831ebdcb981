package sn.pmas.sig;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.claim.Claim;
import sn.pmas.claim.ClaimTotals;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.Party;
import sn.pmas.platform.Francs;
import sn.pmas.premium.Premium;
import sn.pmas.premium.PremiumMovement;
import sn.pmas.workingfund.AlertType;
import sn.pmas.workingfund.Alerts;
import sn.pmas.workingfund.FundCalls;
import sn.pmas.workingfund.FundsReceipt;
import sn.pmas.workingfund.WorkingFunds;

/** Writes what accepted events leave behind: the event log, the registers, and the alerts they raise. */
final class RegisterWriter {

    private final EntityManager em;
    private final Alerts alerts;
    private final WorkingFunds workingFunds;
    private final FundCalls fundCalls;

    RegisterWriter(EntityManager em, Alerts alerts, WorkingFunds workingFunds, FundCalls fundCalls) {
        this.em = em;
        this.alerts = alerts;
        this.workingFunds = workingFunds;
        this.fundCalls = fundCalls;
    }

    void write(List<Booking> bookings, SigIngestion.Posted posted, String user, Instant now) {
        Map<Integer, Long> entries = posted.entries();
        Map<String, Long> premiumIds = new HashMap<>();
        Map<String, Claim> claims = new HashMap<>();
        Map<Long, LocalDate> touched = new HashMap<>();
        ClaimTotals claimTotals = new ClaimTotals(em);
        for (Booking booking : bookings) {
            SigEventRecord record = new SigEventRecord(booking.event().reference(), SigIngestion.typeOf(booking),
                    booking.event().date(), booking.contentHash(), entries.get(booking.index()), user, now);
            em.persist(record); // identity key: inserted at once, its id known
            long eventId = record.id();
            switch (booking) {
                case Booking.PremiumIssue issue -> {
                    Premium premium = new Premium(issue.quittance(), eventId);
                    em.persist(premium);
                    premiumIds.put(premium.reference(), premium.id());
                }
                case Booking.PremiumMovement movement -> {
                    long premiumId = premiumIds.computeIfAbsent(movement.premiumReference(), this::premiumId);
                    em.persist(new PremiumMovement(premiumId, type(movement), movement.event().date(), movement.share(), eventId));
                    if (movement.share().commission() > 0) {
                        touched.merge(movement.insurerPartyId(), movement.event().date(), RegisterWriter::later);
                    }
                }
                case Booking.ClaimValidation validation -> {
                    Claim claim = new Claim(validation.claim(), eventId);
                    boolean forced = posted.forced().contains(validation.index());
                    if (forced) {
                        claim.forcedBy(user, now, validation.forceReason());
                    }
                    em.persist(claim);
                    claims.put(claim.reference(), claim);
                    claimTotals.validated(claim);
                    if (forced) {
                        em.flush();
                        alerts.concernsClaim(entries.get(validation.index()), claim.id());
                    }
                    raiseLimitAlert(validation, claim);
                    touched.merge(claim.principalPartyId(), claim.validatedOn(), RegisterWriter::later);
                }
                case Booking.ClaimRejection rejection -> em.persist(rejection.claim().recorded(eventId));
                case Booking.ClaimPayment payment -> {
                    Claim claim = claims.computeIfAbsent(payment.claimReference(), this::claim);
                    claim.paid(payment.paidOn(), payment.event().reference());
                    claimTotals.paid(claim);
                }
                case Booking.ClaimCancellation cancellation -> {
                    Claim claim = claims.computeIfAbsent(cancellation.claimReference(), this::claim);
                    claim.cancelled(cancellation.cancelledOn(), cancellation.event().reference());
                    claimTotals.cancelled(claim);
                    touched.merge(cancellation.principalPartyId(), cancellation.cancelledOn(), RegisterWriter::later);
                }
                case Booking.FundsReceipt receipt -> {
                    FundsReceipt funds = new FundsReceipt(receipt.principalPartyId(), receipt.event().date(), receipt.amount(), receipt.fee(), eventId);
                    em.persist(funds);
                    em.flush();
                    fundCalls.allocate(funds.id());
                    touched.merge(receipt.principalPartyId(), receipt.event().date(), RegisterWriter::later);
                }
                case Booking.Expense ignored -> {
                }
            }
        }
        em.flush();
        // What follows reads and writes by SQL what this flush wrote, and writes no entity another of its reads
        // needs: before each of its few hundred statements, Hibernate dirty-checked every event, claim and entry
        // of the batch again (9 in 10 of a 1 000-event batch's samples, docs/benchmark.md).
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            claimTotals.apply();
            touched.forEach(this::reviewFloor);
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /** The forced-payment alert of a forced claim is the ledger's ({@code FundsGuard.forced}), tied to the claim above. */
    private void raiseLimitAlert(Booking.ClaimValidation validation, Claim claim) {
        if (validation.aboveLimit()) {
            alerts.raise(claim.principalPartyId(), AlertType.CLAIM_ABOVE_LIMIT, claim.validatedOn(), claim.amount(),
                    "Sinistre " + claim.reference() + " de " + Francs.amount(claim.amount()) + ", au-delà du montant d'alerte par sinistre de la convention.",
                    claim.id());
        }
    }

    private void reviewFloor(long principalPartyId, LocalDate asOf) {
        Party principal = em.find(Party.class, principalPartyId);
        try {
            alerts.reviewFloor(principalPartyId, workingFunds.position(principal.code(), asOf));
        } catch (LedgerException e) {
            throw new IllegalStateException("principal " + principal.code() + " of a booked event vanished", e);
        }
    }

    private static sn.pmas.premium.MovementType type(Booking.PremiumMovement movement) {
        return switch (((ParsedEvent.PremiumMovementEvent) movement.event()).type()) {
            case PREMIUM_COLLECTED -> sn.pmas.premium.MovementType.COLLECTED;
            case PREMIUM_CANCELLED -> sn.pmas.premium.MovementType.CANCELLED;
            default -> sn.pmas.premium.MovementType.REFUNDED;
        };
    }

    private long premiumId(String reference) {
        return em.createQuery("select p.id from Premium p where p.reference = :reference", Long.class)
                .setParameter("reference", reference).getSingleResult();
    }

    private Claim claim(String reference) {
        return em.createQuery("select c from Claim c where c.reference = :reference", Claim.class)
                .setParameter("reference", reference).getSingleResult();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
