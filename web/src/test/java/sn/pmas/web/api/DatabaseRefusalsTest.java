package sn.pmas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.LostRaceException;
import sn.pmas.sig.SigRejection;

/** The messages and states below are those Derby 10.17 and PostgreSQL 15 give, copied from their logs. */
class DatabaseRefusalsTest {

    private static final String DERBY_DUPLICATE = "The statement was aborted because it would have caused a duplicate key value in a unique "
            + "or primary key constraint or unique index identified by '%s' defined on '%s'.";

    @Test
    void aUniqueKeyTakenByAConcurrentRequestIsALostRaceOnBothVendors() {
        Exception derby = wrapped(new SQLException(DERBY_DUPLICATE.formatted("UQ_SIG_EVENT_REFERENCE", "SIG_EVENT"), "23505"));
        Exception postgres = wrapped(new SQLException("ERROR: duplicate key value violates unique constraint \"uq_entry_source\"", "23505"));
        assertTrue(DatabaseRefusals.lostRace(derby));
        assertTrue(DatabaseRefusals.lostRace(postgres));
        assertEquals(SigRejection.EVENT_REFERENCE_CONFLICT, DatabaseRefusals.of(derby).orElseThrow().code());
        assertEquals("reference", DatabaseRefusals.of(derby).orElseThrow().field());
        assertEquals(Rejection.SOURCE_REFERENCE_CONFLICT, DatabaseRefusals.of(postgres).orElseThrow().code());
    }

    @Test
    void aBatchNamesItsConstraintInTheChainedException() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", 20000, new int[0]);
        batch.setNextException(new SQLException(DERBY_DUPLICATE.formatted("UQ_ENTRY_SOURCE", "JOURNAL_ENTRY"), "23505"));
        assertEquals(Rejection.SOURCE_REFERENCE_CONFLICT, DatabaseRefusals.of(wrapped(batch)).orElseThrow().code());
    }

    @Test
    void lockWaitsAndDeadlocksAreConcurrentUpdatesOtherConstraintsByTheirClass() {
        assertEquals(Rejection.CONCURRENT_UPDATE, DatabaseRefusals.of(wrapped(new SQLException("A lock could not be obtained", "40XL1"))).orElseThrow().code());
        assertEquals(Rejection.CONCURRENT_UPDATE, DatabaseRefusals.of(wrapped(new SQLException("deadlock detected", "40P01"))).orElseThrow().code());
        Exception unnamedKey = wrapped(new SQLException(DERBY_DUPLICATE.formatted("SQL0000000001-abc", "FISCAL_YEAR"), "23505"));
        assertEquals(Rejection.DUPLICATE, DatabaseRefusals.of(unnamedKey).orElseThrow().code());
        Exception check = wrapped(new SQLException("new row violates check constraint \"ck_some_rule\"", "23514"));
        assertEquals(Rejection.CONSTRAINT_VIOLATED, DatabaseRefusals.of(check).orElseThrow().code());
        assertFalse(DatabaseRefusals.lostRace(check), "a broken rule is not retried");
    }

    @Test
    void aCheckThatFoundItsReadsStaleIsALostRace() {
        Exception stale = new jakarta.ejb.EJBException(new LostRaceException("SIG events [S1] booked by a concurrent submission"));
        assertTrue(DatabaseRefusals.lostRace(stale));
        assertEquals(Rejection.CONCURRENT_UPDATE, DatabaseRefusals.of(stale).orElseThrow().code(), "after the retry lost again");
    }

    @Test
    void aSimilarNameIsNotTheConstraint() {
        Exception other = wrapped(new SQLException("duplicate key value violates unique constraint \"uq_entry_source_v2\"", "23505"));
        assertEquals(Rejection.DUPLICATE, DatabaseRefusals.of(other).orElseThrow().code());
    }

    @Test
    void aFailureWithoutADatabaseRefusalIsNoRefusal() {
        assertEquals(Optional.empty(), DatabaseRefusals.of(new IllegalStateException("a bug")));
        assertFalse(DatabaseRefusals.lostRace(new IllegalStateException("a bug")));
    }

    /** As the container hands it over: an EJB failure wrapping the persistence provider's wrapping the driver's. */
    private static Exception wrapped(SQLException sql) {
        return new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new IllegalStateException("could not execute statement", sql)));
    }
}
