package sn.pmas.sig;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import sn.pmas.claim.Claim;
import sn.pmas.claim.PayeeKind;
import sn.pmas.party.Party;
import sn.pmas.party.PartyType;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.SqlValues;
import sn.pmas.premium.Premium;
import sn.pmas.premium.PremiumMovement;
import sn.pmas.premium.PremiumShare;
import sn.pmas.premium.QuittanceBalance;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.Principals;

/** Reads what the rules of a submission need: parties, agreements, funds, the quittances and claims it names. */
final class RegisterLoader {

    /** Keeps IN lists well under every database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final Agreements agreements;

    RegisterLoader(EntityManager em, Agreements agreements) {
        this.em = em;
        this.agreements = agreements;
    }

    Map<String, SigEventRecord> bookedEvents(List<String> references) {
        Map<String, SigEventRecord> booked = new HashMap<>();
        for (List<String> chunk : chunks(references)) {
            em.createNativeQuery("SELECT * FROM " + IndexedLookup.throughConstraint("sig_event", "uq_sig_event_reference")
                            + "WHERE source_reference IN (?1)", SigEventRecord.class)
                    .setParameter(1, chunk)
                    .getResultStream().forEach(record -> booked.put(((SigEventRecord) record).reference(), (SigEventRecord) record));
        }
        return booked;
    }

    EventBooking bookingState(List<ParsedEvent> events) {
        Set<String> quittanceReferences = new HashSet<>();
        Set<String> claimReferences = new HashSet<>();
        Set<String> partyCodes = new HashSet<>();
        for (ParsedEvent event : events) {
            switch (event) {
                case ParsedEvent.PremiumIssued e -> {
                    quittanceReferences.add(e.reference());
                    partyCodes.add(e.insurer());
                    if (e.subscriberGroup() != null) {
                        partyCodes.add(e.subscriberGroup());
                    }
                    if (e.broker() != null) {
                        partyCodes.add(e.broker());
                    }
                }
                case ParsedEvent.PremiumMovementEvent e -> quittanceReferences.add(e.premium());
                case ParsedEvent.ClaimValidated e -> {
                    claimReferences.add(e.reference());
                    partyCodes.add(e.principal());
                    if (e.provider() != null) {
                        partyCodes.add(e.provider());
                    }
                }
                case ParsedEvent.ClaimRejected e -> {
                    partyCodes.add(e.principal());
                    partyCodes.add(e.provider());
                }
                case ParsedEvent.ClaimPaid e -> claimReferences.add(e.claim());
                case ParsedEvent.ClaimCancelled e -> claimReferences.add(e.claim());
                case ParsedEvent.FundsReceived e -> partyCodes.add(e.principal());
                case ParsedEvent.OperatingExpense ignored -> {
                }
            }
        }
        List<Premium> premiums = load(Premium.class, IndexedLookup.throughConstraint("premium", "uq_premium_reference"), "reference",
                quittanceReferences);
        List<Claim> claims = load(Claim.class, IndexedLookup.throughConstraint("claim", "uq_claim_reference"), "reference", claimReferences);
        Set<Long> partyIds = new HashSet<>();
        premiums.forEach(premium -> partyIds.add(premium.insurerPartyId()));
        claims.forEach(claim -> {
            partyIds.add(claim.principalPartyId());
            if (claim.providerPartyId() != null) {
                partyIds.add(claim.providerPartyId());
            }
        });
        Map<String, Party> parties = new HashMap<>();
        load(Party.class, IndexedLookup.throughConstraint("party", "uq_party_code"), "code", partyCodes)
                .forEach(party -> parties.put(party.code(), party));
        load(Party.class, "party\n", "id", partyIds).forEach(party -> parties.put(party.code(), party));
        Map<Long, Party> partiesById = parties.values().stream().collect(Collectors.toMap(Party::id, Function.identity()));
        List<Party> principals = parties.values().stream().filter(p -> Principals.isPrincipal(p.type()))
                .sorted(Comparator.comparing(Party::id)).toList();
        // A submission touching a principal waits for any other one on the same principal to commit
        // before it reads its registers and, through the ledger, its funds (locks in id order, the
        // ledger's own order: no deadlock between two submissions).
        principals.forEach(principal -> em.lock(principal, LockModeType.PESSIMISTIC_WRITE));
        // The treasury puts claims in cheques under the same locks: read them again once they are held.
        claims.forEach(em::refresh);
        List<Long> principalIds = principals.stream().map(Party::id).toList();
        return new EventBooking(parties, agreements.versions(principalIds), quittances(premiums),
                claimStates(claims, partiesById), medicalThresholds());
    }

    private Map<String, EventBooking.QuittanceState> quittances(List<Premium> premiums) {
        Map<Long, QuittanceBalance> balances = new HashMap<>();
        Map<String, EventBooking.QuittanceState> quittances = new HashMap<>();
        for (Premium premium : premiums) {
            QuittanceBalance balance = new QuittanceBalance(premium.total(), premium.premiumAmount());
            balances.put(premium.id(), balance);
            quittances.put(premium.reference(), new EventBooking.QuittanceState(premium.insurerPartyId(), balance));
        }
        load(PremiumMovement.class, IndexedLookup.throughIndex("premium_movement", "ix_premium_movement"), "premium_id", balances.keySet()).forEach(movement -> balances.get(movement.premiumId())
                .apply(movement.type(), new PremiumShare(movement.totalAmount(), movement.netPremium(), movement.commission())));
        return quittances;
    }

    private static Map<String, EventBooking.ClaimState> claimStates(List<Claim> claims, Map<Long, Party> parties) {
        Map<String, EventBooking.ClaimState> states = new HashMap<>();
        for (Claim claim : claims) {
            String payeeAccount = claim.payeeKind() == PayeeKind.MEMBER ? EventBooking.MEMBERS_TO_REIMBURSE
                    : PartyType.PROVIDER.controlAccountCode() + "." + parties.get(claim.providerPartyId()).code();
            states.put(claim.reference(), new EventBooking.ClaimState(claim.principalPartyId(), payeeAccount, claim.amount(),
                    claim.validatedOn(), claim.chequeId() != null, claim.paidOn() != null, claim.cancelledOn() != null));
        }
        return states;
    }

    private TreeMap<LocalDate, Long> medicalThresholds() {
        TreeMap<LocalDate, Long> thresholds = new TreeMap<>();
        em.createNativeQuery("SELECT valid_from, amount FROM pool_parameter WHERE name = 'MEDICAL_VALIDATION_THRESHOLD'")
                .getResultList()
                .forEach(row -> thresholds.put(SqlValues.dateOf(((Object[]) row)[0]), SqlValues.longOf(((Object[]) row)[1])));
        return thresholds;
    }

    /** The rows of {@code from} (an {@link IndexedLookup} clause, or a table and a new line) whose {@code column} is one of {@code keys}. */
    private <T, K> List<T> load(Class<T> entity, String from, String column, Collection<K> keys) {
        List<T> rows = new java.util.ArrayList<>();
        for (List<K> chunk : chunks(List.copyOf(keys))) {
            em.createNativeQuery("SELECT * FROM " + from + "WHERE " + column + " IN (?1)", entity)
                    .setParameter(1, chunk).getResultStream().forEach(row -> rows.add(entity.cast(row)));
        }
        return rows;
    }

    private static <K> List<List<K>> chunks(List<K> keys) {
        List<List<K>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
        }
        return chunks;
    }
}
