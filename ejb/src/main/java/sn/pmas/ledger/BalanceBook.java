package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates what a batch of postings adds to each account's period totals, then applies it in
 * account order (a fixed lock order, so concurrent batches cannot deadlock on balance rows).
 */
final class BalanceBook {

    private record Key(long accountId, int periodId) implements Comparable<Key> {
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
        for (Map.Entry<Key, long[]> delta : deltas.entrySet()) {
            Key key = delta.getKey();
            int updated = em.createNativeQuery("UPDATE account_period_balance SET debit_total = debit_total + ?1, "
                            + "credit_total = credit_total + ?2 WHERE account_id = ?3 AND period_id = ?4")
                    .setParameter(1, delta.getValue()[0])
                    .setParameter(2, delta.getValue()[1])
                    .setParameter(3, key.accountId())
                    .setParameter(4, key.periodId())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO account_period_balance (account_id, period_id, debit_total, credit_total) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, key.accountId())
                        .setParameter(2, key.periodId())
                        .setParameter(3, delta.getValue()[0])
                        .setParameter(4, delta.getValue()[1])
                        .executeUpdate();
            }
        }
        deltas.clear();
    }
}
