package sn.pmas.management;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.SqlValues;

/**
 * Reads a principal's claims register over a span, grouped in the database by payee, contract and
 * member file: the claims validated in the span and not withdrawn by its end (a claim cancelled later
 * still counts: the span's figures do not change afterwards), with what was paid of them by its end.
 */
@Stateless
public class ClaimStatistics {

    @PersistenceContext
    private EntityManager em;

    /** The claims of the span: validated in it and not withdrawn by its end. */
    private static final String OF_THE_SPAN = "WHERE c.principal_party_id = ?1 AND c.validated_on >= ?2 AND c.validated_on <= ?3 "
            + "AND (c.cancelled_on IS NULL OR c.cancelled_on > ?3)";

    public ClaimFigures of(String principalCode, LocalDate from, LocalDate to) {
        List<ClaimFigures.Group> groups = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT v.code, v.name, v.convention_type, c.contract_ref, c.member_name, COUNT(*), "
                        + "SUM(c.amount), SUM(CASE WHEN c.paid_on <= ?3 THEN c.amount ELSE 0 END) FROM claim c "
                        + "LEFT JOIN party v ON v.id = c.provider_party_id " + OF_THE_SPAN + " "
                        + "GROUP BY v.code, v.name, v.convention_type, c.contract_ref, c.member_name")
                .setParameter(1, principalId(principalCode)).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] c = (Object[]) row;
            groups.add(new ClaimFigures.Group((String) c[0], (String) c[1], c[2] == null ? null : ConventionType.valueOf((String) c[2]),
                    (String) c[3], (String) c[4], SqlValues.longOf(c[5]), SqlValues.longOf(c[6]), SqlValues.longOf(c[7])));
        }
        return ClaimFigures.of(groups);
    }

    /** The amount of {@link #of}'s figures alone, without grouping: what a loss ratio needs. */
    public long total(String principalCode, LocalDate from, LocalDate to) {
        return SqlValues.longOf(em.createNativeQuery("SELECT COALESCE(SUM(c.amount), 0) FROM claim c " + OF_THE_SPAN)
                .setParameter(1, principalId(principalCode)).setParameter(2, from).setParameter(3, to).getSingleResult());
    }

    /** By the principal's id: Derby then reads the claims through their (principal, validation date) index. */
    private long principalId(String principalCode) {
        return em.createQuery("select p.id from Party p where p.code = :code", Long.class)
                .setParameter("code", principalCode).getSingleResult();
    }
}
