package sn.pmas.web.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import sn.pmas.bankstatement.StatementRejection;
import sn.pmas.incoming.IncomingChequeRejection;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.LostRaceException;
import sn.pmas.platform.ProblemCode;
import sn.pmas.sig.SigRejection;

/**
 * The one translation of what the database refused into a problem code, on Derby and PostgreSQL
 * alike: by the constraint's name when the schema names it (both vendors quote it in the
 * message), else by the class of the SQLState. The application checks every rule before writing;
 * the database only refuses what a concurrent request slipped in between, or a bug.
 */
final class DatabaseRefusals {

    /** A refusal: its code, and the request field it concerns when the constraint says. */
    record Refusal(ProblemCode code, String field, String constraint) {
    }

    private static final Map<String, Refusal> BY_CONSTRAINT = Map.ofEntries(
            refusal("uq_entry_source", Rejection.SOURCE_REFERENCE_CONFLICT, "sourceReference"),
            refusal("uq_entry_reversed_once", Rejection.ENTRY_ALREADY_REVERSED, "entryId"),
            refusal("uq_sig_event_reference", SigRejection.EVENT_REFERENCE_CONFLICT, "reference"),
            refusal("uq_premium_reference", SigRejection.PREMIUM_EXISTS, "reference"),
            refusal("uq_claim_reference", SigRejection.CLAIM_EXISTS, "reference"),
            refusal("uq_party_code", Rejection.PARTY_EXISTS, "code"),
            refusal("uq_account_code", Rejection.ACCOUNT_EXISTS, "code"),
            refusal("uq_account_party", Rejection.PARTY_EXISTS, "code"),
            refusal("uq_period_month", Rejection.FISCAL_YEAR_EXISTS, "year"),
            refusal("uq_confirmation", Rejection.CONFIRMATION_EXISTS, "quarter"),
            refusal("uq_cheque_leaf", Rejection.CHEQUE_NUMBER_USED, "number"),
            refusal("fk_cheque_leaf", Rejection.CHEQUE_NUMBER_OUTSIDE_BOOK, "number"),
            refusal("pk_cheque_leaf", Rejection.CHEQUE_BOOK_OVERLAP, "firstNumber"),
            refusal("ck_claim_paid_once", SigRejection.CLAIM_IN_CHEQUE, "claim"),
            refusal("uq_bank_statement", StatementRejection.STATEMENT_ALREADY_IMPORTED, "statementId"),
            refusal("uq_bank_line_reference", StatementRejection.STATEMENT_OVERLAP, "body"),
            refusal("uq_bank_match_item", StatementRejection.MATCH_ITEM_NOT_OPEN, "items"),
            refusal("uq_incoming_cheque_drawer", IncomingChequeRejection.DUPLICATE, "number"),
            refusal("uq_tax_occurrence_cheque", Rejection.OBLIGATION_IN_CHEQUE, "id"),
            refusal("ck_entry_total", Rejection.AMOUNT_NOT_POSITIVE, "lines"),
            refusal("ck_line_one_side", Rejection.DEBIT_AND_CREDIT, "lines"),
            // the ledger's rules in the database (V12): reached only when a period closes under a posting
            refusal("line_period_open", Rejection.PERIOD_CLOSED, "entryDate"),
            refusal("entry_lines_balance", Rejection.UNBALANCED, "lines"),
            // a closed year's periods stay closed (V61): reached only when a year closes under a reopening
            refusal("period_of_closed_year", Rejection.FISCAL_YEAR_CLOSED, "period"),
            refusal("uq_year_closing_event", Rejection.CONCURRENT_UPDATE, "year"));

    /**
     * SQLStates of a transaction that lost a race: a unique key another transaction committed
     * first (23505, both vendors), a deadlock or serialization victim (40001, PostgreSQL 40P01),
     * a lock wait that timed out (Derby 40XL1/40XL2, PostgreSQL 55P03).
     */
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "40XL1", "40XL2", "55P03");
    private static final Set<String> CONCURRENCY = Set.of("40001", "40P01", "40XL1", "40XL2", "55P03");

    private DatabaseRefusals() {
    }

    private static Map.Entry<String, Refusal> refusal(String constraint, ProblemCode code, String field) {
        return Map.entry(constraint, new Refusal(code, field, constraint));
    }

    /**
     * True when {@code failure} is a transaction that lost a race, which a new transaction may win
     * or see settled: refused by a key or a lock, or aware its reads went stale ({@link LostRaceException}).
     */
    static boolean lostRace(Throwable failure) {
        return causes(failure).stream().anyMatch(LostRaceException.class::isInstance)
                || sqlFailures(failure).stream().anyMatch(sql -> LOST_RACE.contains(sql.getSQLState()));
    }

    /** The refusal {@code failure} stands for, or empty when no database refused anything (a bug). */
    static Optional<Refusal> of(Throwable failure) {
        List<SQLException> failures = sqlFailures(failure);
        for (SQLException sql : failures) {
            String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Refusal> known : BY_CONSTRAINT.entrySet()) {
                if (Pattern.compile("\\b" + known.getKey() + "\\b").matcher(message).find()) {
                    return Optional.of(known.getValue());
                }
            }
        }
        if (causes(failure).stream().anyMatch(LostRaceException.class::isInstance)) {
            return Optional.of(new Refusal(Rejection.CONCURRENT_UPDATE, null, null));
        }
        for (SQLException sql : failures) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (CONCURRENCY.contains(state)) {
                return Optional.of(new Refusal(Rejection.CONCURRENT_UPDATE, null, null));
            }
            if (state.equals("23505")) {
                return Optional.of(new Refusal(Rejection.DUPLICATE, null, null));
            }
            if (state.startsWith("23")) {
                return Optional.of(new Refusal(Rejection.CONSTRAINT_VIOLATED, null, null));
            }
            if (state.startsWith("22")) {
                return Optional.of(new Refusal(Rejection.FIELD_INVALID, null, null));
            }
        }
        return Optional.empty();
    }

    /** Every SQL exception in the cause chain, with the exceptions each one chains (batches). */
    private static List<SQLException> sqlFailures(Throwable failure) {
        List<SQLException> found = new ArrayList<>();
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null && !found.contains(next); next = next.getNextException()) {
                    found.add(next);
                }
            }
        }
        return found;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
