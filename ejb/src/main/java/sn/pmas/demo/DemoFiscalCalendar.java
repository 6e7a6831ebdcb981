package sn.pmas.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.Cheques;
import sn.pmas.fiscalcalendar.ObligationCheques;
import sn.pmas.fiscalcalendar.OccurrenceView;
import sn.pmas.fiscalcalendar.TaxCalendar;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingService;

/**
 * The demo year's fiscal calendar: the pool's payroll (ten staff) and a monthly service invoice
 * book the withholdings and contributions, then the year's occurrences are declared and paid as a
 * careful accountant would — on their due dates — except a few, late or still open, so that the
 * calendar shows penalties and reminders.
 */
final class DemoFiscalCalendar {

    private static final String POOL_BANK = "5212";
    private static final String PREFIX = "FISC-";
    /** Returns filed and paid late, in days after the due date: (obligation, month) → days late. */
    private static final Map<String, Integer> PAID_LATE = Map.of("IPRES@5", 10, "BRS-5@7", 3);
    /** Declared on time, still unpaid. */
    private static final List<String> UNPAID = List.of("CSS@10");
    /** Still to declare: December's returns, due in January, and the financial statements. */
    private static final List<String> UNDECLARED = List.of("RETENUES-SALAIRES@12", "BRS-5@12", "IPRES@12", "CSS@12", "ETATS-FINANCIERS@12");
    /** From October, the treasury's cheques pay the occurrences (docs/obligation-cheques.md). */
    private static final int FIRST_MONTH_BY_CHEQUE = 10;
    /** The pool's own bank account, which pays its taxes and contributions. */
    private static final String POOL_CHEQUES = "BQ-POOL";
    /** Its cheque signed, held in the safe on December 31st: the planner puts it first. */
    private static final String STILL_HELD = "BRS-5@11";
    /** Its cheque released, not yet presented to the bank. */
    private static final String NOT_CASHED = "RETENUES-SALAIRES@11";

    /** The year's gross salaries below, the figure the annual returns declare. */
    private static final long ANNUAL_GROSS_SALARIES = 29_250_000;

    private DemoFiscalCalendar() {
    }

    /** Each month's payroll and the service invoice subject to the 5 % withholding. */
    static List<PostingRequest> payrollAndInvoices(int year) {
        List<PostingRequest> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            LocalDate payday = period.atEndOfMonth();
            long gross = 2_400_000 + 25_000L * (month % 4);
            long incomeTax = percentOf(gross, 900);       // IR and TRIMF withheld
            long cfce = percentOf(gross, 300);            // employer's flat contribution
            long pensionEmployee = percentOf(gross, 560);
            long pensionEmployer = percentOf(gross, 840);
            long socialSecurity = 50_400;                 // 8 % of ten capped salaries of 63 000
            long net = gross - incomeTax - pensionEmployee;
            entries.add(new PostingRequest("OD", payday, DemoYear.SOURCE, PREFIX + "PAIE-" + period, "Paie de " + period, List.of(
                    PostingLine.debit("661", gross, "Salaires bruts"),
                    PostingLine.debit("664", pensionEmployer + socialSecurity, "Charges sociales patronales"),
                    PostingLine.debit("641", cfce, "CFCE"),
                    PostingLine.credit("4471", incomeTax + cfce, "IR, TRIMF et CFCE"),
                    PostingLine.credit("432", pensionEmployee + pensionEmployer, "IPRES"),
                    PostingLine.credit("431", socialSecurity, "CSS"),
                    PostingLine.credit("422", net, "Salaires nets"))));
            entries.add(new PostingRequest("BQ", payday, DemoYear.SOURCE, PREFIX + "VIR-PAIE-" + period, "Virement des salaires " + period,
                    List.of(PostingLine.debit("422", net, "Salaires nets"), PostingLine.credit(POOL_BANK, net, "Virement salaires"))));
            long invoice = 600_000;
            long withheld = percentOf(invoice, 500);
            entries.add(new PostingRequest("BQ", period.atDay(20), DemoYear.SOURCE, PREFIX + "MAINT-" + period,
                    "Licences et maintenance des logiciels " + period + " (retenue de 5 %)", List.of(
                    PostingLine.debit("634", invoice, "Licences et maintenance des logiciels"),
                    PostingLine.credit("4472", withheld, "Retenue à la source 5 %"),
                    PostingLine.credit(POOL_BANK, invoice - withheld, "Chèque prestataire"))));
        }
        return entries;
    }

    /**
     * Generates the year, then declares and pays it in order: until September each payment booked
     * from the pool's bank as the accountant did before the treasury kept its cheques; October's and
     * November's paid by the register's cheques prepared from their occurrences (released on the due
     * date through the planner, cashed a few days later) — but November's 5 % withholding, whose
     * cheque is still held, and November's salary withholdings, whose cheque is released and not yet
     * cashed; December's still to declare.
     */
    static void followUp(DemoTreasury treasury, int year) throws LedgerException {
        TaxCalendar calendar = treasury.calendar();
        calendar.generate(year);
        int cheque = 4_100;
        List<OccurrenceView> occurrences = calendar.ofYear(year).stream()
                .sorted(Comparator.comparing(OccurrenceView::periodStart).thenComparing(OccurrenceView::obligationCode)).toList();
        for (OccurrenceView occurrence : occurrences) {
            String key = occurrence.obligationCode() + "@" + occurrence.periodEnd().getMonthValue();
            if (UNDECLARED.contains(key)) {
                continue;
            }
            int daysLate = PAID_LATE.getOrDefault(key, 0);
            boolean returnOnly = occurrence.paymentDue() == null;
            boolean byCheque = !returnOnly && occurrence.periodEnd().getMonthValue() >= FIRST_MONTH_BY_CHEQUE;
            LocalDate declaredOn = occurrence.declarationDue().plusDays(returnOnly ? 9 : daysLate).minusDays(byCheque ? 5 : 0);
            Long entered = returnOnly ? ANNUAL_GROSS_SALARIES : null;
            OccurrenceView declared = calendar.declare(occurrence.id(), declaredOn, entered);
            if (returnOnly || UNPAID.contains(key) || declared.amount() == 0) {
                continue;
            }
            if (byCheque) {
                treasury.payByCheque(occurrence, declaredOn, key);
                continue;
            }
            LocalDate paidOn = occurrence.paymentDue().plusDays(daysLate);
            String reference = "CHQ-" + String.format("%07d", ++cheque);
            calendar.pay(occurrence.id(), paidOn, reference);
            treasury.posting().postAll(LedgerSource.DEMO, List.of(new PostingRequest("BQ", paidOn, DemoYear.SOURCE, PREFIX + occurrence.obligationCode() + "-"
                    + occurrence.periodStart(), "Règlement " + occurrence.obligationName() + " " + occurrence.periodLabel(), List.of(
                    PostingLine.debit(declared.accountCode(), declared.amount(), occurrence.periodLabel()),
                    PostingLine.credit(POOL_BANK, declared.amount(), reference)))));
        }
    }

    /** The services the calendar's follow-up uses: the calendar, the treasury's cheques, the ledger. */
    record DemoTreasury(TaxCalendar calendar, ObligationCheques obligationCheques, Cheques cheques, ChequeReleases releases,
                        PostingService posting) {

        /** The occurrence's cheque, prepared and signed on the day it is declared, then released on its due date and cashed. */
        void payByCheque(OccurrenceView occurrence, LocalDate preparedOn, String key) throws LedgerException {
            String reference = obligationCheques.prepare(occurrence.id(), POOL_CHEQUES, preparedOn, null, null).cheque().reference();
            cheques.hold(reference, preparedOn);
            if (key.equals(STILL_HELD)) {
                return;
            }
            releases.confirm(POOL_CHEQUES, occurrence.paymentDue(), List.of(reference));
            if (!key.equals(NOT_CASHED)) {
                cheques.deliver(reference, occurrence.paymentDue());
                cheques.cash(reference, occurrence.paymentDue().plusDays(4));
            }
        }
    }

    /** The demo's salaries are multiples of 25 000 F: every rate applied here gives whole francs. */
    private static long percentOf(long amount, long basisPoints) {
        return amount * basisPoints / 10_000;
    }
}
