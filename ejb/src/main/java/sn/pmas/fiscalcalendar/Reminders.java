package sn.pmas.fiscalcalendar;

import jakarta.ejb.EJB;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reminders of the fiscal deadlines: 7 days before, 2 days before, overdue. A persistent timer
 * (database data store, so it survives restarts and catches up a missed day) runs every morning;
 * a reminder exists once per occurrence, deadline and kind — checked here, enforced by the
 * database — so a second run, or a run after a restart, adds nothing.
 */
@Singleton
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final int MAX_LISTED = 500;
    /** Reminders stop being raised for deadlines older than this: they are in the calendar as late. */
    private static final int LOOK_BACK_DAYS = 400;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private TaxCalendar calendar;

    private final Clock clock = Clock.system(TaxCalendar.DAKAR);

    @Schedule(hour = "6", minute = "30", persistent = true, info = "fiscal-calendar reminders")
    void everyMorning() {
        int raised = run(LocalDate.now(clock)).size();
        LOG.info(() -> "Fiscal calendar: " + raised + " reminder(s) raised");
    }

    /**
     * Raises the reminders due on {@code today} that were not raised yet; the ones raised now. A
     * caller finding a run under way waits for it (the container's 5 s would fail the demo's start
     * when the timer catches up a missed morning at the same moment); its own run then adds nothing.
     */
    @Lock(LockType.WRITE)
    @AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
    public List<ReminderView> run(LocalDate today) {
        calendar.refresh(today);
        List<ObligationOccurrence> pending = em.createQuery("select o from ObligationOccurrence o where o.status <> :paid "
                        + "and ((o.declarationDue <= :horizon and o.declarationDue >= :since) "
                        + "or (o.paymentDue <= :horizon and o.paymentDue >= :since))", ObligationOccurrence.class)
                .setParameter("paid", OccurrenceStatus.PAID).setParameter("horizon", today.plusDays(7))
                .setParameter("since", today.minusDays(LOOK_BACK_DAYS)).getResultList();
        Set<String> existing = em.createQuery("select r from TaxReminder r where r.occurrenceId in :ids", TaxReminder.class)
                .setParameter("ids", pending.isEmpty() ? List.of(-1L) : pending.stream().map(ObligationOccurrence::id).toList())
                .getResultStream().map(reminder -> key(reminder.occurrenceId(), reminder.deadline(), reminder.kind()))
                .collect(Collectors.toSet());
        List<TaxReminder> raised = new ArrayList<>();
        for (ObligationOccurrence occurrence : pending) {
            Deadline deadline = occurrence.pendingDeadline();
            if (deadline == null) {
                continue;
            }
            LocalDate due = occurrence.dueOn(deadline);
            ReminderKind.on(today, due)
                    .filter(kind -> !existing.contains(key(occurrence.id(), deadline, kind)))
                    .ifPresent(kind -> {
                        TaxReminder reminder = new TaxReminder(occurrence.id(), deadline, kind, due, today, clock.instant());
                        em.persist(reminder);
                        raised.add(reminder);
                    });
        }
        em.flush();
        return views(raised);
    }

    /** The latest reminders first; only those whose deadline is still to be met when {@code openOnly}. */
    @Lock(LockType.READ)
    public List<ReminderView> list(boolean openOnly) {
        List<ReminderView> all = views(em.createQuery("select r from TaxReminder r order by r.raisedOn desc, r.dueOn, r.id desc",
                TaxReminder.class).setMaxResults(MAX_LISTED).getResultList());
        return openOnly ? all.stream().filter(ReminderView::open).toList() : all;
    }

    private List<ReminderView> views(List<TaxReminder> reminders) {
        if (reminders.isEmpty()) {
            return List.of();
        }
        Map<Long, ObligationOccurrence> occurrences = em.createQuery("select o from ObligationOccurrence o where o.id in :ids",
                        ObligationOccurrence.class)
                .setParameter("ids", reminders.stream().map(TaxReminder::occurrenceId).collect(Collectors.toSet()))
                .getResultStream().collect(Collectors.toMap(ObligationOccurrence::id, Function.identity()));
        Map<Long, TaxObligation> obligations = em.createQuery("select o from TaxObligation o", TaxObligation.class)
                .getResultStream().collect(Collectors.toMap(TaxObligation::id, Function.identity()));
        return reminders.stream().map(reminder -> {
            ObligationOccurrence occurrence = occurrences.get(reminder.occurrenceId());
            TaxObligation obligation = obligations.get(occurrence.obligationId());
            ObligationPeriod period = occurrence.period();
            return new ReminderView(reminder.id(), occurrence.id(), obligation.code(), obligation.name(),
                    ObligationPeriod.label(period.start(), period.end()), reminder.deadline(), reminder.kind(),
                    reminder.kind().label(), reminder.dueOn(), reminder.raisedOn(), reminder.raisedAt(),
                    occurrence.pendingDeadline() == reminder.deadline());
        }).toList();
    }

    private static String key(long occurrenceId, Deadline deadline, ReminderKind kind) {
        return occurrenceId + "/" + deadline + "/" + kind;
    }
}
