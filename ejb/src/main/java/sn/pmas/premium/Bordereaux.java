package sn.pmas.premium;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.SqlValues;

/** The monthly bordereaux of an insurer, read from the reporting views (the PDF design reads the same). */
@Stateless
public class Bordereaux {

    @PersistenceContext
    private EntityManager em;

    public Bordereau bordereau(BordereauKind kind, String insurer, YearMonth month) throws LedgerException {
        String insurerName = insurerName(insurer);
        List<?> rows = em.createNativeQuery(kind.query())
                .setParameter(1, insurer)
                .setParameter(2, month.toString())
                .getResultList();
        List<List<Object>> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            lines.add(Arrays.stream((Object[]) row).map(Bordereaux::cell).toList());
        }
        return new Bordereau(kind, insurer, insurerName, month, List.copyOf(lines));
    }

    /** @throws LedgerException when no member insurer has this code */
    public String insurerName(String insurer) throws LedgerException {
        List<?> names = em.createNativeQuery("SELECT principal_name FROM rpt_principal "
                        + "WHERE principal_code = ?1 AND principal_type = 'INSURER'")
                .setParameter(1, insurer).getResultList();
        if (names.isEmpty()) {
            throw new LedgerException(Rejection.PARTY_UNKNOWN, "insurer", "Aucune compagnie membre de code " + insurer + ".");
        }
        return (String) names.get(0);
    }

    /** Database cells as the types {@link Bordereau} promises, whatever the driver returned. */
    private static Object cell(Object value) {
        if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
            return SqlValues.dateOf(value);
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value;
    }
}
