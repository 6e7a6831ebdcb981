package sn.pmas.commission;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.PoolParameters;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * Quarterly commission runs (docs/commissions.md): a preview computes what each party is owed on
 * the collections not yet commissioned up to the quarter's end; the confirmation books it once
 * per kind and quarter, records the collections behind it and hands each net payment to the
 * treasury as a held cheque.
 */
@Stateless
@PermitAll
public class CommissionRuns {

    static final String EXPENSE_ACCOUNT = "632";
    private static final java.time.format.DateTimeFormatter FRENCH_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String WITHHOLDING_ACCOUNT = "4472";
    static final String WITHHOLDING_RATE = "SERVICE_WITHHOLDING_BP";
    static final String WITHHOLDING_THRESHOLD = "SERVICE_WITHHOLDING_THRESHOLD";

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private CommissionAgreements agreements;
    @EJB
    private PostingService postings;
    @EJB
    private ChequePreparation chequePreparation;
    @EJB
    private Cheques cheques;

    private final Clock clock = Clock.systemUTC();

    /** What confirming would book; a quarter already confirmed shows its run. */
    public RunView preview(CommissionKind kind, String quarterText, LocalDate bookedOn) throws LedgerException {
        Quarter quarter = ended(kind, quarterText);
        Long confirmed = runId(kind, quarter);
        if (confirmed != null) {
            return run(confirmed);
        }
        LocalDate on = bookingDate(quarter, bookedOn);
        List<PartyCommission> owed = compute(kind, quarter, on);
        Map<Long, Party> parties = parties(owed);
        return RunView.of(kind, quarter.toString(), false, null, on, null, null, null,
                owed.stream().map(p -> previewLine(kind, parties.get(p.partyId()), p)).toList());
    }

    /**
     * Books the run once: a second confirmation of the quarter answers the first run. Two at once:
     * the run's unique key lets one commit, the other's insert fails and the REST layer runs it again,
     * which then finds the run.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public RunView confirm(CommissionKind kind, String quarterText, LocalDate bookedOn, String bankCode) throws LedgerException {
        Quarter quarter = ended(kind, quarterText);
        Long existing = runId(kind, quarter);
        if (existing != null) {
            return run(existing);
        }
        LocalDate on = bookingDate(quarter, bookedOn);
        if (bankCode == null || bankCode.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "bankAccount", "Le compte bancaire qui paiera les chèques est obligatoire.");
        }
        CommissionRun run = new CommissionRun(kind, quarter.toString(), on, callerName(), clock.instant());
        em.persist(run);
        em.flush(); // the unique key (kind, quarter) taken now: a concurrent confirmation waits here, then loses
        // read once the key is ours: read before, a concurrent confirmation of this very quarter would look like a later run
        List<?> before = em.createNativeQuery("SELECT MAX(quarter) FROM commission_run WHERE kind = ?1 AND id <> ?2")
                .setParameter(1, kind.name()).setParameter(2, run.id()).getResultList();
        String last = before.isEmpty() ? null : (String) before.get(0);
        if (last != null && !quarter.previous().toString().equals(last)) {
            throw new LedgerException(Rejection.COMMISSION_RUN_ORDER, "quarter", "Le dernier trimestre arrêté est " + last
                    + " : le suivant à arrêter est " + Quarter.parse(last).orElseThrow().next() + " (demandé : " + quarter + ").");
        }
        List<PartyCommission> owed = compute(kind, quarter, on);
        Map<Long, Party> parties = parties(owed);
        PostingRequest entry = entry(kind, quarter, on, owed, parties);
        if (!entry.lines().isEmpty()) {
            run.booked(postings.postAll(LedgerSource.COMMISSION, List.of(entry)).get(0).entryId());
        }
        for (PartyCommission partyOwed : owed) {
            Party party = parties.get(partyOwed.partyId());
            CommissionLine line = new CommissionLine(run.id(), account(kind, party), partyOwed);
            em.persist(line);
            em.flush();
            for (CommissionedCollection c : partyOwed.collections()) {
                em.createNativeQuery("INSERT INTO commission_collection (line_id, kind, movement_id, base, valid_from, rate, commission, "
                                + "adjustment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                        .setParameter(1, line.id()).setParameter(2, kind.name()).setParameter(3, c.collection().movementId())
                        .setParameter(4, c.collection().base()).setParameter(5, validFrom(partyOwed, c))
                        .setParameter(6, c.rate()).setParameter(7, c.commission()).setParameter(8, c.collection().adjustment())
                        .executeUpdate();
            }
            if (partyOwed.net() > 0) {
                ChequeView cheque = chequePreparation.forPayable(bankCode.strip(), ChequeKind.COMMISSION, account(kind, party), party.name(),
                        partyOwed.net(), null, kind.label() + " " + quarter, on, null);
                cheques.hold(cheque.reference(), on);
                line.paidBy(cheque.id());
            }
        }
        em.flush();
        return run(run.id());
    }

    /** Confirmed runs, latest quarter first; of one kind when given. */
    public List<RunView> list(CommissionKind kind) throws LedgerException {
        List<?> ids = em.createNativeQuery("SELECT id FROM commission_run WHERE kind = ?1 OR ?2 = 1 ORDER BY quarter DESC, kind")
                .setParameter(1, kind == null ? "" : kind.name()).setParameter(2, kind == null ? 1 : 0).getResultList();
        List<RunView> runs = new ArrayList<>();
        for (Object id : ids) {
            runs.add(run(SqlValues.longOf(id)));
        }
        return runs;
    }

    public RunView run(long id) throws LedgerException {
        List<?> rows = em.createNativeQuery("SELECT kind, quarter, booked_on, entry_id, confirmed_by, confirmed_at FROM commission_run "
                + "WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "Aucun arrêté de commissions n° " + id + ".");
        }
        Object[] run = (Object[]) rows.get(0);
        CommissionKind kind = CommissionKind.valueOf((String) run[0]);
        Map<Long, List<RunView.CollectionView>> collections = new LinkedHashMap<>();
        em.createNativeQuery("SELECT c.line_id, p.reference, m.movement_date, c.base, c.valid_from, c.rate, c.commission, c.adjustment "
                        + "FROM commission_collection c JOIN commission_line l ON l.id = c.line_id JOIN premium_movement m ON m.id = c.movement_id "
                        + "JOIN premium p ON p.id = m.premium_id WHERE l.run_id = ?1 ORDER BY m.movement_date, m.id")
                .setParameter(1, id).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    collections.computeIfAbsent(SqlValues.longOf(c[0]), k -> new ArrayList<>()).add(new RunView.CollectionView(
                            (String) c[1], SqlValues.dateOf(c[2]), SqlValues.longOf(c[3]), rate(c[5]), SqlValues.longOf(c[6]),
                            Boolean.TRUE.equals(c[7])));
                });
        List<RunView.LineView> lines = new ArrayList<>();
        em.createNativeQuery("SELECT l.id, p.code, p.name, l.account_code, l.base, l.adjustment_base, l.commission, l.withholding, "
                        + "l.net_amount, q.reference, q.status FROM commission_line l JOIN party p ON p.id = l.party_id "
                        + "LEFT JOIN cheque q ON q.id = l.cheque_id WHERE l.run_id = ?1 ORDER BY p.code")
                .setParameter(1, id).getResultList().forEach(row -> {
                    Object[] l = (Object[]) row;
                    List<RunView.CollectionView> own = collections.getOrDefault(SqlValues.longOf(l[0]), List.of());
                    lines.add(new RunView.LineView((String) l[1], (String) l[2], (String) l[3], SqlValues.longOf(l[4]),
                            SqlValues.longOf(l[5]), SqlValues.longOf(l[6]), SqlValues.longOf(l[7]), SqlValues.longOf(l[8]),
                            storedSegments(SqlValues.longOf(l[0])), own, (String) l[9], (String) l[10]));
                });
        return RunView.of(kind, (String) run[1], true, id, SqlValues.dateOf(run[2]), SqlValues.longOrNull(run[3]), (String) run[4],
                SqlValues.instantOf(run[5]), lines);
    }

    /** The arrêté's rows: one per party and segment, the adjustment segments named as such. */
    public static List<DocumentRow> settlementRows(RunView run) {
        List<DocumentRow> rows = new ArrayList<>();
        for (RunView.LineView line : run.lines()) {
            for (RunView.SegmentView segment : line.segments()) {
                String detail = (segment.adjustment() ? "Régularisation : encaissements antérieurs au trimestre, taux du "
                        : "Encaissements du trimestre, taux du ") + FRENCH_DATE.format(segment.validFrom());
                rows.add(new DocumentRow(line.partyName(), line.accountCode(), detail, segment.base(), percent(segment.rate()),
                        segment.commission(), 0, 0, null));
            }
        }
        return rows;
    }

    /** The bordereau's rows: one per party, what it is paid and by which cheque. */
    public static List<DocumentRow> remittanceRows(RunView run) {
        return run.lines().stream().map(line -> new DocumentRow(line.partyName(), line.accountCode(), null,
                line.base() + line.adjustmentBase(), null, line.commission(), line.withholding(), line.net(),
                line.chequeReference() == null ? "—" : line.chequeReference())).toList();
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** The quarter of the latest confirmed run of the kind, or null. */
    static String lastConfirmedQuarter(EntityManager em, CommissionKind kind) {
        List<?> last = em.createNativeQuery("SELECT MAX(quarter) FROM commission_run WHERE kind = ?1").setParameter(1, kind.name())
                .getResultList();
        return last.isEmpty() ? null : (String) last.get(0);
    }

    private List<RunView.SegmentView> storedSegments(long lineId) {
        return em.createNativeQuery("SELECT valid_from, rate, adjustment, SUM(base), SUM(commission) FROM commission_collection "
                        + "WHERE line_id = ?1 GROUP BY valid_from, rate, adjustment ORDER BY adjustment DESC, valid_from")
                .setParameter(1, lineId).getResultList().stream().map(row -> {
                    Object[] s = (Object[]) row;
                    return new RunView.SegmentView(SqlValues.dateOf(s[0]), rate(s[1]), Boolean.TRUE.equals(s[2]),
                            SqlValues.longOf(s[3]), SqlValues.longOf(s[4]));
                }).toList();
    }

    private List<PartyCommission> compute(CommissionKind kind, Quarter quarter, LocalDate on) {
        Withholding withholding = new Withholding(PoolParameters.inForce(em, WITHHOLDING_RATE, on).orElse(0),
                PoolParameters.inForce(em, WITHHOLDING_THRESHOLD, on).orElse(Long.MAX_VALUE));
        return CommissionComputation.compute(collections(kind, quarter), agreements.versions(kind), withholding);
    }

    /**
     * Collections and refunds of the kind's parties dated up to the quarter's end and not yet in a
     * run of the kind, from the first agreement of their party on.
     */
    private List<Collection> collections(CommissionKind kind, Quarter quarter) {
        String party = "p." + kind.premiumColumn();
        return em.createNativeQuery("SELECT m.id, " + party + ", m.movement_date, p.reference, m.movement_type, m.net_premium "
                        + "FROM premium_movement m JOIN premium p ON p.id = m.premium_id "
                        + "WHERE " + party + " IS NOT NULL AND m.movement_type IN ('COLLECTED', 'REFUNDED') AND m.movement_date <= ?1 "
                        + "AND m.movement_date >= (SELECT MIN(a.valid_from) FROM commission_agreement a WHERE a.party_id = " + party + ") "
                        + "AND NOT EXISTS (SELECT 1 FROM commission_collection c WHERE c.kind = ?2 AND c.movement_id = m.id)")
                .setParameter(1, quarter.lastDay()).setParameter(2, kind.name()).getResultList().stream().map(row -> {
                    Object[] m = (Object[]) row;
                    LocalDate date = SqlValues.dateOf(m[2]);
                    long base = SqlValues.longOf(m[5]);
                    return new Collection(SqlValues.longOf(m[0]), SqlValues.longOf(m[1]), date, (String) m[3],
                            "REFUNDED".equals(m[4]) ? -base : base, date.isBefore(quarter.firstDay()));
                }).toList();
    }

    /**
     * One entry for the run: per party, 632 debited by the commission, the party's account credited
     * by what it will be paid and 4472 by the tax withheld; a party whose refunds exceed its
     * collections owes the commission back (its account debited, 632 credited).
     */
    private static PostingRequest entry(CommissionKind kind, Quarter quarter, LocalDate on, List<PartyCommission> owed,
                                        Map<Long, Party> parties) {
        List<PostingLine> lines = new ArrayList<>();
        for (PartyCommission p : owed) {
            String account = account(kind, parties.get(p.partyId()));
            String label = kind.label() + " " + quarter + " " + parties.get(p.partyId()).code();
            if (p.commission() > 0) {
                lines.add(PostingLine.debit(EXPENSE_ACCOUNT, p.commission(), label));
                if (p.net() > 0) {
                    lines.add(PostingLine.credit(account, p.net(), label));
                }
                if (p.withholding() > 0) {
                    lines.add(PostingLine.credit(WITHHOLDING_ACCOUNT, p.withholding(), "Retenue 5 % " + label));
                }
            } else if (p.commission() < 0) {
                lines.add(PostingLine.debit(account, -p.commission(), label));
                lines.add(PostingLine.credit(EXPENSE_ACCOUNT, -p.commission(), label));
            }
        }
        return new PostingRequest("OD", on, LedgerSource.COMMISSION.code(), kind.sourceReference(quarter.toString()),
                "Arrêté de décompte - " + kind.label() + " " + quarter, lines);
    }

    private RunView.LineView previewLine(CommissionKind kind, Party party, PartyCommission owed) {
        return new RunView.LineView(party.code(), party.name(), account(kind, party), owed.base(), owed.adjustmentBase(),
                owed.commission(), owed.withholding(), owed.net(),
                owed.segments().stream().map(s -> new RunView.SegmentView(s.validFrom(), s.rate(), s.adjustment(), s.base(), s.commission()))
                        .toList(),
                owed.collections().stream().map(c -> new RunView.CollectionView(c.collection().quittance(), c.collection().date(),
                        c.collection().base(), c.rate(), c.commission(), c.collection().adjustment())).toList(), null, null);
    }

    private static LocalDate validFrom(PartyCommission owed, CommissionedCollection c) {
        return owed.segments().stream().filter(s -> s.adjustment() == c.collection().adjustment() && s.rate().equals(c.rate())
                        && !s.validFrom().isAfter(c.collection().date()))
                .max(Comparator.comparing(Segment::validFrom)).orElseThrow().validFrom();
    }

    private static String account(CommissionKind kind, Party party) {
        return kind.earner().controlAccountCode() + "." + party.code();
    }

    private Map<Long, Party> parties(List<PartyCommission> owed) {
        if (owed.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Party p where p.id in :ids", Party.class)
                .setParameter("ids", owed.stream().map(PartyCommission::partyId).toList()).getResultStream()
                .collect(Collectors.toMap(Party::id, p -> p));
    }

    private Quarter ended(CommissionKind kind, String quarterText) throws LedgerException {
        if (kind == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "kind", "Le type de commission est obligatoire (FRONT_OFFICE ou BUSINESS_INTRODUCTION).");
        }
        Quarter quarter = Quarter.parse(quarterText).orElseThrow(() -> new LedgerException(Rejection.FIELD_INVALID, "quarter",
                "Trimestre attendu au format AAAA-Qn, n de 1 à 4 (ex. 2025-Q1) (reçu : " + quarterText + ")."));
        if (!LocalDate.now(clock).isAfter(quarter.lastDay())) {
            throw new LedgerException(Rejection.COMMISSION_QUARTER_OPEN, "quarter", "Le trimestre " + quarter + " se termine le "
                    + quarter.lastDay() + " : ses commissions s'arrêtent à partir du lendemain.");
        }
        return quarter;
    }

    /** The quarter's last day unless given; never before it (the arrêté closes the quarter) nor after today. */
    private LocalDate bookingDate(Quarter quarter, LocalDate bookedOn) throws LedgerException {
        if (bookedOn == null) {
            return quarter.lastDay();
        }
        if (bookedOn.isBefore(quarter.lastDay()) || bookedOn.isAfter(LocalDate.now(clock))) {
            throw new LedgerException(Rejection.FIELD_INVALID, "bookedOn", "L'arrêté se date entre la fin du trimestre ("
                    + quarter.lastDay() + ") et aujourd'hui (reçu : " + bookedOn + ").");
        }
        return bookedOn;
    }

    private Long runId(CommissionKind kind, Quarter quarter) {
        List<?> ids = em.createNativeQuery("SELECT id FROM commission_run WHERE kind = ?1 AND quarter = ?2")
                .setParameter(1, kind.name()).setParameter(2, quarter.toString()).getResultList();
        return ids.isEmpty() ? null : SqlValues.longOf(ids.get(0));
    }

    private static BigDecimal rate(Object value) {
        return ((BigDecimal) value).stripTrailingZeros();
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
