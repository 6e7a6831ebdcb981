package sn.pmas.currentaccount;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.workingfund.Principals;
import sn.pmas.workingfund.WorkingFunds;

/**
 * Quarterly confirmations of principals' current-account balances (manual §7.4): issued with the
 * ledger's balance at quarter end, then answered by the principal (docs/fund-calls.md). The
 * letter is the report {@code balance-confirmation}.
 */
@Stateless
public class BalanceConfirmations {

    private static final int MAX_LISTED = 1_000;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private WorkingFunds workingFunds;

    private final Clock clock = Clock.systemUTC();

    /** One confirmation per principal and quarter: a second one is refused. */
    public ConfirmationView issue(String principalCode, String quarter) throws LedgerException {
        Quarter parsed = parse(quarter);
        Party principal = Principals.require(em, principalCode);
        if (!confirmed(parsed, List.of(principal.id())).isEmpty()) {
            throw new LedgerException(Rejection.CONFIRMATION_EXISTS, "quarter", "La confirmation du solde de "
                    + principal.code() + " au " + parsed.lastDay() + " (" + parsed + ") est déjà émise.");
        }
        return issue(parsed, List.of(principal)).get(0);
    }

    /** A confirmation for every active principal that has none for the quarter yet; those issued now. */
    public List<ConfirmationView> issueAll(String quarter) throws LedgerException {
        Quarter parsed = parse(quarter);
        List<Party> active = Principals.all(em).stream().filter(Party::active).toList();
        Set<Long> done = confirmed(parsed, active.stream().map(Party::id).toList());
        return issue(parsed, active.stream().filter(principal -> !done.contains(principal.id())).toList());
    }

    /** Records the principal's answer, once; a disagreement carries the principal's observations. */
    public ConfirmationView answer(long id, BalanceConfirmation.Answer answer, String comment) throws LedgerException {
        BalanceConfirmation confirmation = em.find(BalanceConfirmation.class, id);
        if (confirmation == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "La confirmation de solde n° " + id + " n'existe pas.");
        }
        if (answer == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "answer", "La réponse du mandant est obligatoire (AGREED ou DISPUTED).");
        }
        if (confirmation.answer() != null) {
            throw new LedgerException(Rejection.CONFIRMATION_ANSWERED, "id", "La réponse à la confirmation n° " + id
                    + " est déjà enregistrée (" + confirmation.answeredBy() + ", " + confirmation.answeredAt() + ").");
        }
        if (answer == BalanceConfirmation.Answer.DISPUTED && (comment == null || comment.isBlank())) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "comment",
                    "Un désaccord s'enregistre avec les observations du mandant (comment).");
        }
        if (comment != null && comment.strip().length() > BalanceConfirmation.MAX_COMMENT) {
            throw new LedgerException(Rejection.FIELD_INVALID, "comment",
                    "Le commentaire dépasse " + BalanceConfirmation.MAX_COMMENT + " caractères.");
        }
        confirmation.answer(answer, comment, session.getCallerPrincipal().getName(), clock.instant());
        return views(List.of(confirmation)).get(0);
    }

    /** The latest quarters first, then by principal; either filter may be null. */
    public List<ConfirmationView> list(String principalCode, String quarter) throws LedgerException {
        LocalDate quarterEnd = quarter == null ? null : parse(quarter).lastDay();
        Long partyId = principalCode == null ? null : Principals.require(em, principalCode).id();
        return views(em.createQuery("select c from BalanceConfirmation c where (:party is null or c.principalPartyId = :party) "
                        // typed: PostgreSQL's driver sends a null date untyped, and "? is null" cannot be planned then
                        + "and (cast(:quarterEnd as LocalDate) is null or c.quarterEnd = :quarterEnd) order by c.quarterEnd desc, c.id",
                        BalanceConfirmation.class)
                .setParameter("party", partyId)
                .setParameter("quarterEnd", quarterEnd)
                .setMaxResults(MAX_LISTED)
                .getResultList());
    }

    public ConfirmationView find(long id) throws LedgerException {
        BalanceConfirmation confirmation = em.find(BalanceConfirmation.class, id);
        if (confirmation == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "La confirmation de solde n° " + id + " n'existe pas.");
        }
        return views(List.of(confirmation)).get(0);
    }

    private List<ConfirmationView> issue(Quarter quarter, List<Party> principals) {
        if (principals.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> balances = workingFunds.currentAccountBalances(principals.stream().map(Party::id).toList(), quarter.lastDay());
        String user = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        List<BalanceConfirmation> issued = new ArrayList<>();
        for (Party principal : principals) {
            BalanceConfirmation confirmation = new BalanceConfirmation(principal.id(), quarter,
                    balances.getOrDefault(principal.id(), 0L), user, now);
            em.persist(confirmation);
            issued.add(confirmation);
        }
        em.flush();
        return views(issued);
    }

    private Set<Long> confirmed(Quarter quarter, List<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.principalPartyId from BalanceConfirmation c "
                        + "where c.quarterEnd = :quarterEnd and c.principalPartyId in :ids", Long.class)
                .setParameter("quarterEnd", quarter.lastDay())
                .setParameter("ids", partyIds)
                .getResultList());
    }

    private static Quarter parse(String quarter) throws LedgerException {
        return Quarter.parse(quarter).orElseThrow(() -> new LedgerException(Rejection.FIELD_INVALID, "quarter",
                "Trimestre attendu au format AAAA-Qn, n de 1 à 4 (ex. 2025-Q1) (reçu : " + quarter + ")."));
    }

    private List<ConfirmationView> views(List<BalanceConfirmation> confirmations) {
        if (confirmations.isEmpty()) {
            return List.of();
        }
        Map<Long, Party> principals = Principals.byId(em,
                confirmations.stream().map(BalanceConfirmation::principalPartyId).collect(Collectors.toSet()));
        return confirmations.stream().map(c -> {
            Party principal = principals.get(c.principalPartyId());
            return new ConfirmationView(c.id(), principal.code(), principal.name(), Principals.currentAccountCode(principal),
                    c.quarter().toString(), c.quarterEnd(), c.balance(), c.issuedBy(), c.issuedAt(), c.answer(),
                    c.answerComment(), c.answeredBy(), c.answeredAt());
        }).toList();
    }
}
