package sn.pmas.fiscalcalendar;

import java.time.LocalDate;

/** Where a deadline falling on a day off moves to. */
public enum ShiftRule {
    NEXT_WORKING_DAY(1), PREVIOUS_WORKING_DAY(-1);

    private final int step;

    ShiftRule(int step) {
        this.step = step;
    }

    public LocalDate apply(LocalDate nominal, WorkingDays days) {
        LocalDate due = nominal;
        while (!days.isWorking(due)) {
            due = due.plusDays(step);
        }
        return due;
    }
}
