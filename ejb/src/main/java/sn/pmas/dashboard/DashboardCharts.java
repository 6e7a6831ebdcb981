package sn.pmas.dashboard;

import java.util.List;
import sn.pmas.management.ChartSeries;
import sn.pmas.management.MonthlyChart;

/** The dashboard's pictures, drawn by the same chart as the monthly tables (SVG on the page, PNG in the PDF). */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static MonthlyChart treasury(List<Dashboard.Treasury> treasury) {
        return new MonthlyChart("Trésorerie par compte bancaire : solde comptable, net, projeté à 30 jours",
                treasury.stream().map(Dashboard.Treasury::bankAccount).toList(), List.of(
                new ChartSeries("Solde comptable", "#2166ac", treasury.stream().map(Dashboard.Treasury::bookBalance).toList()),
                new ChartSeries("Position nette", "#67a9cf", treasury.stream().map(Dashboard.Treasury::net).toList()),
                new ChartSeries("Projeté à 30 jours", "#ef8a62", treasury.stream().map(Dashboard.Treasury::projected).toList())), false);
    }

    static MonthlyChart cover(List<Dashboard.Cover> cover) {
        return new MonthlyChart("Jours de couverture par mandant, et plancher", cover.stream().map(Dashboard.Cover::principalCode).toList(),
                List.of(new ChartSeries("Jours de couverture", "#1a9850", cover.stream().map(c -> days(c.daysOfCover())).toList()),
                        new ChartSeries("Plancher (jours)", "#d73027", cover.stream().map(c -> days(c.floorDays())).toList())), false);
    }

    static MonthlyChart arrears(Dashboard.Arrears arrears) {
        List<Dashboard.Bucket> buckets = arrears.buckets();
        return new MonthlyChart("Arriérés de primes par ancienneté", buckets.stream().map(Dashboard.Bucket::label).toList(),
                List.of(new ChartSeries("Impayé", "#b2182b", buckets.stream().map(Dashboard.Bucket::unpaid).toList())), false);
    }

    private static long days(Integer days) {
        return days == null ? 0 : days;
    }
}
