package sn.pmas.premium;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.platform.SqlValues;
import sn.pmas.premium.RegisterFolding.Fact;
import sn.pmas.premium.RegisterFolding.Kind;
import sn.pmas.premium.RegisterFolding.RowKey;

/** The premium registers and arrears, read from the views rpt_premium_quittance and rpt_premium_movement. */
@Stateless
public class PremiumRegisters {

    /** Beyond this an arrears listing is no longer read: filter by insurer. */
    static final int MAX_ARREARS_LINES = 20_000;

    private static final String DIMENSIONS = "insurer_code, insurer_name, group_code, group_name, product";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private PartyService parties;

    public PremiumRegister register(RegisterCriteria criteria) throws LedgerException {
        requireParty(criteria.insurer(), PartyType.INSURER, "insurer", "Aucune compagnie membre");
        requireParty(criteria.group(), PartyType.SUBSCRIBER_GROUP, "group", "Aucun groupe souscripteur");
        List<Fact> facts = new ArrayList<>();
        for (Object row : filtered("SELECT " + DIMENSIONS + ", issued_month, COUNT(*), SUM(total_amount), SUM(premium_amount) "
                + "FROM rpt_premium_quittance WHERE issued_month <= ?1", criteria,
                "GROUP BY " + DIMENSIONS + ", issued_month").getResultList()) {
            Object[] c = (Object[]) row;
            facts.add(new Fact(key(c), YearMonth.parse((String) c[5]), Kind.ISSUED, SqlValues.longOf(c[6]),
                    SqlValues.longOf(c[7]), SqlValues.longOf(c[8]), 0));
        }
        for (Object row : filtered("SELECT " + DIMENSIONS + ", movement_month, movement_type, COUNT(*), SUM(total_amount), "
                + "SUM(net_premium), SUM(commission) FROM rpt_premium_movement WHERE movement_month <= ?1", criteria,
                "GROUP BY " + DIMENSIONS + ", movement_month, movement_type").getResultList()) {
            Object[] c = (Object[]) row;
            facts.add(new Fact(key(c), YearMonth.parse((String) c[5]), Kind.valueOf((String) c[6]), SqlValues.longOf(c[7]),
                    SqlValues.longOf(c[8]), SqlValues.longOf(c[9]), SqlValues.longOf(c[10])));
        }
        return RegisterFolding.fold(criteria, facts);
    }

    /**
     * Quittances issued on or before {@code asOf} that still owe something at that date, counting
     * the collections and cancellations dated up to it.
     *
     * @param insurer an insurer's code, or null for all
     */
    public Arrears arrears(LocalDate asOf, String insurer) throws LedgerException {
        ArrearsAgeing ageing = ageing(asOf, insurer);
        Query query = em.createNativeQuery("SELECT premium_reference, contract_ref, insurer_code, insurer_name, group_code, "
                        + "group_name, product, period_from, period_to, issued_on, total_amount, cancelled, collected FROM "
                        + unpaidAt(insurer == null ? null : "?2")
                        + " ORDER BY period_from, premium_reference FETCH FIRST " + (MAX_ARREARS_LINES + 1) + " ROWS ONLY")
                .setParameter(1, asOf);
        if (insurer != null) {
            query.setParameter(2, insurer);
        }
        List<?> rows = query.getResultList();
        if (rows.size() > MAX_ARREARS_LINES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "insurer",
                    "Plus de " + MAX_ARREARS_LINES + " quittances impayées : demander les arriérés d'une compagnie.");
        }
        List<ArrearsLine> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            LocalDate due = SqlValues.dateOf(c[7]);
            long total = SqlValues.longOf(c[10]);
            long cancelled = SqlValues.longOf(c[11]);
            long collected = SqlValues.longOf(c[12]);
            long late = ChronoUnit.DAYS.between(due, asOf);
            lines.add(new ArrearsLine((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], due, SqlValues.dateOf(c[8]), SqlValues.dateOf(c[9]), due, total,
                    cancelled, collected, total - cancelled - collected, late, AgeingBucket.of(late)));
        }
        return new Arrears(asOf, insurer, List.copyOf(lines), ageing.buckets(), ageing.unpaid());
    }

    /**
     * The arrears at {@code asOf} summed by ageing bucket in the database: no limit on the number of
     * quittances, unlike their listing.
     *
     * @param insurer an insurer's code, or null for all
     */
    public ArrearsAgeing ageing(LocalDate asOf, String insurer) throws LedgerException {
        requireParty(insurer, PartyType.INSURER, "insurer", "Aucune compagnie membre");
        AgeingBucket[] buckets = AgeingBucket.values();
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < buckets.length - 1; i++) {
            bucket.append(" WHEN period_from >= ?").append(i + 2).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(buckets.length - 1).append(" END");
        Query query = em.createNativeQuery("SELECT bucket, COUNT(*), SUM(unpaid) FROM (SELECT " + bucket
                        + " AS bucket, total_amount - cancelled - collected AS unpaid FROM "
                        + unpaidAt(insurer == null ? null : "?" + (buckets.length + 1)) + ") aged GROUP BY bucket")
                .setParameter(1, asOf);
        for (int i = 0; i < buckets.length - 1; i++) {
            query.setParameter(i + 2, buckets[i].earliestDue(asOf));
        }
        if (insurer != null) {
            query.setParameter(buckets.length + 1, insurer);
        }
        long[][] sums = new long[buckets.length][2];
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            int index = (int) SqlValues.longOf(c[0]);
            sums[index][0] = SqlValues.longOf(c[1]);
            sums[index][1] = SqlValues.longOf(c[2]);
        }
        List<ArrearsBucketTotal> totals = new ArrayList<>(buckets.length);
        for (AgeingBucket b : buckets) {
            totals.add(new ArrearsBucketTotal(b, b.label(), sums[b.ordinal()][0], sums[b.ordinal()][1]));
        }
        return new ArrearsAgeing(asOf, insurer, List.copyOf(totals));
    }

    /**
     * The quittances issued on or before the date {@code ?1} that still owe something at that date,
     * counting the collections and cancellations dated up to it; of the insurer bound to
     * {@code insurerParameter} when one is given.
     */
    private static String unpaidAt(String insurerParameter) {
        // The unpaid filter stays outside the outer join: Derby 10.17 turns "LEFT JOIN ... WHERE
        // COALESCE(m.x, 0) ..." into an inner join and loses the quittances without movements.
        return "(SELECT q.premium_reference, q.contract_ref, q.insurer_code, q.insurer_name, q.group_code, q.group_name, "
                + "q.product, q.period_from, q.period_to, q.issued_on, q.total_amount, "
                + "COALESCE(m.cancelled, 0) AS cancelled, COALESCE(m.collected, 0) AS collected "
                + "FROM rpt_premium_quittance q LEFT JOIN (SELECT premium_id, "
                + "SUM(CASE WHEN movement_type = 'CANCELLED' THEN total_amount ELSE 0 END) AS cancelled, "
                + "SUM(CASE WHEN movement_type = 'COLLECTED' THEN total_amount ELSE 0 END) AS collected "
                + "FROM rpt_premium_movement WHERE movement_date <= ?1 GROUP BY premium_id) m ON m.premium_id = q.premium_id "
                + "WHERE q.issued_on <= ?1" + (insurerParameter == null ? "" : " AND q.insurer_code = " + insurerParameter)
                + ") quittance WHERE total_amount - cancelled - collected > 0";
    }

    /** The query with the criteria's filters, each bound only when set (Derby cannot type a bare null parameter). */
    private Query filtered(String select, RegisterCriteria criteria, String groupBy) {
        StringBuilder sql = new StringBuilder(select);
        List<String> values = new ArrayList<>();
        for (String[] filter : new String[][] {{"insurer_code", criteria.insurer()}, {"group_code", criteria.group()},
                {"product", criteria.product()}}) {
            if (filter[1] != null) {
                values.add(filter[1]);
                sql.append(" AND ").append(filter[0]).append(" = ?").append(values.size() + 1);
            }
        }
        Query query = em.createNativeQuery(sql.append(' ').append(groupBy).toString())
                .setParameter(1, criteria.to().toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 2, values.get(i));
        }
        return query;
    }

    private static RowKey key(Object[] c) {
        return new RowKey((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4]);
    }

    private void requireParty(String code, PartyType type, String field, String noSuchParty) throws LedgerException {
        if (code != null && parties.find(code).filter(party -> party.type() == type).isEmpty()) {
            throw new LedgerException(Rejection.PARTY_UNKNOWN, field, noSuchParty + " de code " + code + ".");
        }
    }
}
