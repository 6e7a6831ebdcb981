package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.fiscalcalendar.HolidayView;
import sn.pmas.fiscalcalendar.ObligationCheque;
import sn.pmas.fiscalcalendar.ObligationCheques;
import sn.pmas.fiscalcalendar.Holidays;
import sn.pmas.fiscalcalendar.OccurrenceView;
import sn.pmas.fiscalcalendar.ReminderView;
import sn.pmas.fiscalcalendar.Reminders;
import sn.pmas.fiscalcalendar.TaxCalendar;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Francs;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/fiscal-calendar.xhtml: the obligations falling due in a month ({@code ?month=2025-03};
 * by default where the calendar has something to do), the open reminders, the year's lunar
 * holidays, and the accountant's declare, pay and holiday-override actions. The occurrence or
 * holiday acted on is named by the submitted form itself.
 */
@Named
@RetryLostRace
@RequestScoped
public class FiscalCalendarPage {

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    @EJB
    private TaxCalendar calendar;
    @EJB
    private Reminders reminders;
    @EJB
    private Holidays holidays;
    @EJB
    private ObligationCheques obligationCheques;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private YearMonth month;
    private List<OccurrenceView> occurrences;

    @PostConstruct
    void load() {
        try {
            month = YearMonth.parse(parameters.getOrDefault("month", "").strip());
        } catch (DateTimeParseException e) {
            month = calendar.monthToShow();
        }
        occurrences = calendar.dueIn(month);
    }

    public String getMonth() {
        return month.toString();
    }

    public String getMonthLabel() {
        return month.format(MONTH_LABEL);
    }

    public String getPreviousMonth() {
        return month.minusMonths(1).toString();
    }

    public String getNextMonth() {
        return month.plusMonths(1).toString();
    }

    public String getToday() {
        return LocalDate.now().toString();
    }

    public List<OccurrenceView> getOccurrences() {
        return occurrences;
    }

    public List<ReminderView> getReminders() {
        return reminders.list(true);
    }

    /** The lunar holidays of the month's year: the ones the accountant may move to the day observed. */
    public List<HolidayView> getLunarHolidays() {
        return holidays.of(month.getYear()).stream().filter(HolidayView::lunar).toList();
    }

    public String declare() {
        return act(() -> {
            OccurrenceView done = calendar.declare(id("occurrenceId"), date("declaredOn"), amount());
            return done.obligationName() + " (" + done.periodLabel() + ") déclarée le " + MomentConverter.format(done.declaredOn()) + ".";
        });
    }

    public String pay() {
        return act(() -> {
            OccurrenceView done = calendar.pay(id("occurrenceId"), date("paidOn"), parameters.get("chequeReference"));
            return done.obligationName() + " (" + done.periodLabel() + ") payée le " + MomentConverter.format(done.paidOn()) + ".";
        });
    }

    /** The pool's own bank accounts: they pay its taxes and contributions. */
    public List<BankAccountView> getPoolBankAccounts() {
        return bankAccounts.list(LocalDate.now()).stream().filter(bank -> !bank.principalsMoney()).toList();
    }

    /** The register's cheque paying a declared occurrence; its release will pay the occurrence. */
    public String prepareCheque() {
        return act(() -> {
            LocalDate on = date("chequeDate");
            ObligationCheque prepared = obligationCheques.prepare(id("occurrenceId"), parameters.get("bankAccount"),
                    on == null ? LocalDate.now() : on, null, parameters.get("payee"));
            OccurrenceView occurrence = prepared.occurrence();
            return "Chèque " + prepared.cheque().reference() + " préparé pour " + occurrence.obligationName() + " ("
                    + occurrence.periodLabel() + ") : " + Francs.amount(prepared.cheque().amount()) + ", à débloquer au plus tard le "
                    + MomentConverter.format(occurrence.paymentDue()) + ".";
        });
    }

    public String moveHoliday() {
        return act(() -> {
            HolidayView moved = calendar.moveHoliday(parameters.get("holidayKey"), date("computedDate"), date("observedDate"),
                    parameters.get("reason"));
            return moved.name() + " observé le " + MomentConverter.format(moved.observedDate()) + " : échéances recalculées.";
        });
    }

    private interface Action {
        String run() throws LedgerException;
    }

    private String act(Action action) {
        try {
            return ActionMessages.done(faces, action.run(), "/ui/fiscal-calendar.xhtml?month=" + month);
        } catch (LedgerException | IllegalArgumentException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    private long id(String name) {
        try {
            return Long.parseLong(parameters.getOrDefault(name, ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Échéance non précisée.");
        }
    }

    /** A date field of the form; empty means today for the steps, and is refused by the holiday override. */
    private LocalDate date(String name) {
        String text = parameters.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date illisible : " + text + ".");
        }
    }

    private Long amount() {
        String text = parameters.getOrDefault("amount", "").replaceAll("[\\s\u00A0\u202F]", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Montant invalide : écrire un nombre entier de francs, par exemple 1 500 000.");
        }
    }
}
