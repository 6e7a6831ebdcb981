package sn.pmas.web.ui;

import java.util.List;

/** A fiscal year and its months, one group of the period select. */
public record FiscalYearChoice(int year, List<PeriodChoice> periods) {
}
