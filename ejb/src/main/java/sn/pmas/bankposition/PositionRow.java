package sn.pmas.bankposition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the Journal de position bancaire report: a day of the journal, or of the projection
 * (section "Projection": outflows and the projected position). The first row carries the chart.
 */
public record PositionRow(String section, String day, Long bookBalance, Long outstanding, Long held, Long inTransit, Long expected,
                          Long outflows, long position, String flag, byte[] chart) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static List<PositionRow> of(PositionJournal journal) {
        List<PositionRow> rows = new ArrayList<>();
        byte[] chart = new PositionChart(journal.projection()).png();
        for (PositionDay day : journal.days()) {
            rows.add(new PositionRow("Journal", DAY.format(day.day()), day.bookBalance(), day.outstanding(), day.held(), day.inTransit(),
                    day.expected(), null, day.available(), day.available() < 0 ? "Position disponible négative" : "", rows.isEmpty() ? chart : null));
        }
        for (ProjectedDay day : journal.projection()) {
            rows.add(new PositionRow("Projection", DAY.format(day.day()), null, null, null, null, day.inflows(), day.outflows(), day.position(),
                    day.belowMargin() ? "Sous la marge de sécurité (" + day.safetyMargin() + ")" : "", null));
        }
        return rows;
    }
}
