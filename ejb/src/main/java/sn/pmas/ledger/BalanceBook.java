package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates what a batch of postings adds to each account's year and period totals, then
 * applies it in (account, period) order: a fixed lock order, so concurrent batches cannot
 * deadlock. An account's year row exists from the opening of the year or of the account, and is
 * updated first: it locks the account's year, so that the period row, which exists only once the
 * account moved in the period, is inserted by one transaction only. Later years' brought-forward
 * totals follow a posting into an earlier year.
 */
final class BalanceBook {

    private record Key(long accountId, int periodId) implements Comparable<Key> {

        int year() {
            return periodId / 100;
        }

        @Override
        public int compareTo(Key other) {
            int byAccount = Long.compare(accountId, other.accountId);
            return byAccount != 0 ? byAccount : Integer.compare(periodId, other.periodId);
        }
    }

    private final Map<Key, long[]> deltas = new TreeMap<>();

    void add(ValidatedPosting posting) {
        for (ValidatedLine line : posting.lines()) {
            long[] delta = deltas.computeIfAbsent(new Key(line.accountId(), posting.periodId()), key -> new long[2]);
            delta[0] += line.debit();
            delta[1] += line.credit();
        }
    }

    void applyTo(EntityManager em) {
        int lastYear = ((Number) em.createNativeQuery("SELECT MAX(fiscal_year) FROM fiscal_year").getSingleResult()).intValue();
        for (Map.Entry<Key, long[]> delta : deltas.entrySet()) {
            Key key = delta.getKey();
            long debit = delta.getValue()[0];
            long credit = delta.getValue()[1];
            int years = em.createNativeQuery("UPDATE account_year_balance SET debit_total = debit_total + ?1, "
                            + "credit_total = credit_total + ?2 WHERE account_id = ?3 AND fiscal_year = ?4")
                    .setParameter(1, debit).setParameter(2, credit).setParameter(3, key.accountId()).setParameter(4, key.year())
                    .executeUpdate();
            if (years == 0) {
                throw new IllegalStateException("account " + key.accountId() + " has no balance row for " + key.year());
            }
            int periods = em.createNativeQuery("UPDATE account_period_balance SET debit_total = debit_total + ?1, "
                            + "credit_total = credit_total + ?2 WHERE account_id = ?3 AND period_id = ?4")
                    .setParameter(1, debit).setParameter(2, credit).setParameter(3, key.accountId()).setParameter(4, key.periodId())
                    .executeUpdate();
            if (periods == 0) {
                em.createNativeQuery("INSERT INTO account_period_balance (account_id, period_id, debit_total, credit_total, "
                                + "heading_id) SELECT id, ?2, ?3, ?4, COALESCE(control_account_id, id) FROM account WHERE id = ?1")
                        .setParameter(1, key.accountId()).setParameter(2, key.periodId()).setParameter(3, debit).setParameter(4, credit)
                        .executeUpdate();
            }
            if (key.year() < lastYear) {
                em.createNativeQuery("UPDATE account_year_balance SET opening_debit = opening_debit + ?1, "
                                + "opening_credit = opening_credit + ?2 WHERE account_id = ?3 AND fiscal_year > ?4")
                        .setParameter(1, debit).setParameter(2, credit).setParameter(3, key.accountId()).setParameter(4, key.year())
                        .executeUpdate();
            }
        }
        deltas.clear();
    }
}
