package sn.pmas.bankposition;

import java.time.LocalDate;
import java.util.List;

/** The journal of a bank account over {@code from}..{@code to}, and the projection over the 30 days after {@code to}. */
public record PositionJournal(String bankAccount, String ledgerAccount, LocalDate from, LocalDate to, List<PositionDay> days,
                              List<ProjectedDay> projection) {

    public long daysBelowMargin() {
        return projection.stream().filter(ProjectedDay::belowMargin).count();
    }
}
