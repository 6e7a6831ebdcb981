package sn.pmas.fiscalcalendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The months an occurrence of an obligation covers. */
public record ObligationPeriod(LocalDate start, LocalDate end) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    public ObligationPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " " + end);
        }
    }

    /** The quarter holding this period's last month. */
    ObligationPeriod quarter() {
        int firstMonth = (end.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate first = end.withMonth(firstMonth).withDayOfMonth(1);
        return new ObligationPeriod(first, first.plusMonths(2).withDayOfMonth(first.plusMonths(2).lengthOfMonth()));
    }

    /** In French, as the calendar shows it: "mars 2025", "T1 2025", "exercice 2025". */
    public static String label(LocalDate start, LocalDate end) {
        int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
        return switch (months) {
            case 1 -> MONTH.format(start);
            case 3 -> "T" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case 12 -> "exercice " + start.getYear();
            default -> start + " – " + end;
        };
    }
}
