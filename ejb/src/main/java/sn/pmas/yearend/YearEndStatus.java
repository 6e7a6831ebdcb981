package sn.pmas.yearend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where a year stands: closed or not, who closed and reopened it, its allocation once approved. */
public record YearEndStatus(int year, boolean closed, List<Event> history, Allocation allocation) {

    /** A closing or a reopening, append-only. */
    public record Event(int sequence, String action, long result, String actedBy, Instant actedAt, String reason) {
    }

    /** The general assembly's allocation and its entry. */
    public record Allocation(LocalDate approvedOn, long result, long reserves, long decided, String decidedAccount, long carried,
                             long entryId) {
    }
}
