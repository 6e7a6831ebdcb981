package sn.pmas.cheque;

import java.time.LocalDate;

/**
 * One line of the Tableau des chèques bloqués: a held cheque in release order, how long it has been
 * held and what the planner decides for it on the date.
 *
 * @param priority its place in the release order (1 is released first)
 * @param ageDays  days held on the date of the table
 * @param decision "À débloquer", or why it stays held
 */
public record HeldChequeRow(int priority, String reference, String kind, String payee, long amount, String principal,
                            LocalDate heldOn, long ageDays, LocalDate latestReleaseOn, String decision) {

    /** For the report's scripted data set: dates as the accountants write them. */
    public String heldOnText() {
        return Dates.text(heldOn);
    }

    public String latestReleaseOnText() {
        return Dates.text(latestReleaseOn);
    }

    private static final class Dates {
        static String text(LocalDate date) {
            return date == null ? "" : "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
    }
}
