package sn.pmas.fiscalcalendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import sn.pmas.cheque.ChequeStatus;
import sn.pmas.ledger.AccountStatementQuery;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * The fiscal calendar: occurrences generated for a fiscal year, their amounts from the ledger, the
 * declare and pay steps, and the lunar holidays the accountant moves (which move the deadlines).
 */
@Stateless
@PermitAll
public class TaxCalendar {

    /** Senegal keeps UTC all year: "today" is the pool's day. */
    static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_OVERRIDE_DAYS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private Holidays holidays;
    @EJB
    private AccountStatementQuery statements;

    private final Clock clock = Clock.system(DAKAR);

    /** Creates the occurrences of {@code year} that do not exist yet, then takes their amounts from the ledger. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public GenerationResult generate(int year) throws LedgerException {
        checkYear(year);
        WorkingDays days = holidays.workingDays(year, year + 1);
        int created = 0;
        int existing = 0;
        for (TaxObligation listed : new Catalogue(em).obligations()) {
            // a concurrent generation of the same year waits here, then finds the rows this one made
            TaxObligation obligation = em.find(TaxObligation.class, listed.id(), LockModeType.PESSIMISTIC_WRITE);
            List<ObligationVersion> versions = new Catalogue(em).versionsOf(obligation.id());
            Set<LocalDate> starts = new HashSet<>(em.createQuery("select o.periodStart from ObligationOccurrence o "
                            + "where o.obligationId = :id and o.periodStart >= :first and o.periodStart <= :last", LocalDate.class)
                    .setParameter("id", obligation.id()).setParameter("first", LocalDate.of(year, 1, 1))
                    .setParameter("last", LocalDate.of(year, 12, 31)).getResultList());
            for (int month = 1; month <= 12; month++) {
                LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
                ObligationVersion version = Catalogue.inForce(versions, monthEnd).filter(ObligationVersion::active).orElse(null);
                if (version == null) {
                    continue;
                }
                ObligationPeriod period = version.rule().frequency().periodsOf(year).stream()
                        .filter(candidate -> candidate.end().equals(monthEnd)).findFirst().orElse(null);
                if (period == null) {
                    continue;
                }
                if (starts.contains(period.start())) {
                    existing++;
                } else {
                    em.persist(new ObligationOccurrence(obligation.id(), version.id(), period,
                            version.rule().deadlinesOf(period, null, days)));
                    created++;
                }
            }
        }
        em.flush();
        refresh(today());
        return new GenerationResult(year, created, existing);
    }

    /**
     * Takes the amount of every ledger-fed occurrence still to declare whose period has ended from
     * the ledger, and moves its deadlines when the amount puts it under the quarterly threshold.
     */
    public void refresh(LocalDate asOf) {
        List<ObligationOccurrence> open = em.createQuery("select o from ObligationOccurrence o where o.status = :status "
                        + "and o.amountEntered = false and o.periodEnd < :asOf order by o.periodStart", ObligationOccurrence.class)
                .setParameter("status", OccurrenceStatus.TO_DECLARE).setParameter("asOf", asOf).getResultList();
        if (open.isEmpty()) {
            return;
        }
        Map<Long, ObligationVersion> versions = versions(open.stream().map(ObligationOccurrence::versionId).collect(Collectors.toSet()));
        int firstYear = open.getFirst().period().start().getYear();
        WorkingDays days = holidays.workingDays(firstYear, asOf.getYear() + 1);
        for (ObligationOccurrence occurrence : open) {
            ObligationVersion version = versions.get(occurrence.versionId());
            if (version.amountSource() == AmountSource.LEDGER) {
                occurrence.followLedger(ledgerAmount(occurrence, version.accountCode()));
                occurrence.schedule(version.rule().deadlinesOf(occurrence.period(), occurrence.amount(), days));
            }
        }
    }

    /** Occurrences whose period starts in {@code year}, by deadline. */
    public List<OccurrenceView> ofYear(int year) throws LedgerException {
        checkYear(year);
        return views(em.createQuery("select o from ObligationOccurrence o where o.periodStart >= :first and o.periodStart < :next "
                        + "order by o.declarationDue, o.id", ObligationOccurrence.class)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("next", LocalDate.of(year + 1, 1, 1))
                .getResultList());
    }

    /** Occurrences with a deadline (filing or payment) in {@code month}: the month's obligations. */
    public List<OccurrenceView> dueIn(YearMonth month) {
        return views(em.createQuery("select o from ObligationOccurrence o where (o.declarationDue >= :first and o.declarationDue <= :last) "
                        + "or (o.paymentDue >= :first and o.paymentDue <= :last) order by o.declarationDue, o.id", ObligationOccurrence.class)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth()).getResultList());
    }

    public OccurrenceView find(long id) throws LedgerException {
        return views(List.of(occurrence(id))).getFirst();
    }

    /**
     * Where the calendar opens: this month if something falls due in it, else the month of the
     * earliest deadline still pending, else the latest month with a deadline.
     */
    public YearMonth monthToShow() {
        YearMonth current = YearMonth.now(clock);
        if (!dueIn(current).isEmpty()) {
            return current;
        }
        List<LocalDate> pending = em.createQuery("select min(case when o.status = :toDeclare then o.declarationDue else o.paymentDue end) "
                        + "from ObligationOccurrence o where o.status = :toDeclare or (o.status = :declared and o.paymentDue is not null)",
                        LocalDate.class)
                .setParameter("toDeclare", OccurrenceStatus.TO_DECLARE).setParameter("declared", OccurrenceStatus.DECLARED)
                .getResultList();
        if (!pending.isEmpty() && pending.getFirst() != null) {
            return YearMonth.from(pending.getFirst());
        }
        LocalDate latest = em.createQuery("select max(o.declarationDue) from ObligationOccurrence o", LocalDate.class).getSingleResult();
        return latest == null ? current : YearMonth.from(latest);
    }

    /**
     * Files the return on {@code on}. The amount is the ledger's unless one is entered; an
     * obligation whose amount is entered needs it, unless it is a return without payment.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public OccurrenceView declare(long id, LocalDate on, Long enteredAmount) throws LedgerException {
        ObligationOccurrence occurrence = occurrence(id);
        ObligationVersion version = em.find(ObligationVersion.class, occurrence.versionId());
        LocalDate day = stepDay(on, occurrence.period().start(), "declaredOn", "déclaration");
        if (enteredAmount != null && enteredAmount < 0) {
            throw new LedgerException(Rejection.FIELD_INVALID, "amount", "Montant négatif (reçu : " + enteredAmount + ").");
        }
        if (enteredAmount == null && version.amountSource() == AmountSource.ENTERED && version.rule().payable()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "amount", "Montant à déclarer obligatoire pour " + name(occurrence) + ".");
        }
        if (enteredAmount == null && version.amountSource() == AmountSource.LEDGER) {
            occurrence.followLedger(ledgerAmount(occurrence, version.accountCode()));
        }
        if (!occurrence.declare(day, enteredAmount, caller(), clock.instant())) {
            throw new LedgerException(Rejection.OBLIGATION_STEP, "id", name(occurrence) + " : déjà déclarée le " + french(occurrence.declaredOn()) + ".");
        }
        return find(id);
    }

    /**
     * Records a payment made otherwise than by a cheque of the register (a transfer, a cheque written
     * by hand, whose reference is kept) on {@code on}. An occurrence whose cheque the register holds
     * is paid by that cheque's release only.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public OccurrenceView pay(long id, LocalDate on, String chequeReference) throws LedgerException {
        ObligationOccurrence occurrence = occurrence(id);
        if (occurrence.chequeId() != null) {
            throw new LedgerException(Rejection.OBLIGATION_IN_CHEQUE, "id", name(occurrence) + " : le chèque "
                    + occurrence.chequeReference() + " du registre la paie à son déblocage (l'annuler pour la payer autrement).");
        }
        if (chequeReference != null && chequeReference.strip().length() > 60) {
            throw new LedgerException(Rejection.FIELD_INVALID, "chequeReference", "Référence de chèque de 60 caractères au plus.");
        }
        LocalDate day = stepDay(on, occurrence.declaredOn() == null ? occurrence.period().start() : occurrence.declaredOn(),
                "paidOn", "paiement");
        String cheque = chequeReference == null || chequeReference.isBlank() ? null : chequeReference.strip();
        if (!occurrence.pay(day, cheque, caller(), clock.instant())) {
            throw new LedgerException(Rejection.OBLIGATION_STEP, "id", name(occurrence) + switch (occurrence.status()) {
                case TO_DECLARE -> " : à déclarer avant d'être payée.";
                case DECLARED -> " : déclaration sans paiement.";
                case PAID -> " : déjà payée le " + french(occurrence.paidOn()) + ".";
            });
        }
        return find(id);
    }

    /**
     * Records the day a lunar holiday was observed (the moon's sighting), then moves the deadlines
     * of the occurrences of that year and the next (December's fall in January) accordingly.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public HolidayView moveHoliday(String key, LocalDate computedDate, LocalDate observedDate, String reason) throws LedgerException {
        if (key == null || key.isBlank() || computedDate == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, key == null || key.isBlank() ? "key" : "computedDate",
                    "La fête et sa date calculée sont obligatoires.");
        }
        if (observedDate == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "observedDate", "La date observée est obligatoire.");
        }
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Motif obligatoire (par exemple : « croissant lunaire aperçu le … »).");
        }
        SenegalHolidays.ComputedHoliday holiday = SenegalHolidays.of(computedDate.getYear()).stream()
                .filter(candidate -> candidate.key().equals(key) && candidate.date().equals(computedDate)).findFirst()
                .orElseThrow(() -> new LedgerException(Rejection.HOLIDAY_UNKNOWN, "key",
                        "Aucune fête " + key + " calculée au " + french(computedDate) + "."));
        if (!holiday.lunar()) {
            throw new LedgerException(Rejection.HOLIDAY_UNKNOWN, "key", holiday.name() + " tombe à date fixe : seules les fêtes lunaires se déplacent.");
        }
        if (Math.abs(observedDate.toEpochDay() - computedDate.toEpochDay()) > MAX_OVERRIDE_DAYS) {
            throw new LedgerException(Rejection.FIELD_INVALID, "observedDate", "La date observée est à plus de "
                    + MAX_OVERRIDE_DAYS + " jours de la date calculée (" + french(computedDate) + ").");
        }
        em.persist(new HolidayOverride(key, computedDate, observedDate, reason.strip(), caller(), clock.instant()));
        em.flush();
        reschedule(Math.min(computedDate.getYear(), observedDate.getYear()) - 1);
        return holidays.of(computedDate.getYear()).stream()
                .filter(view -> view.key().equals(key) && view.computedDate().equals(computedDate)).findFirst().orElseThrow();
    }

    private void reschedule(int fromYear) {
        List<ObligationOccurrence> occurrences = em.createQuery("select o from ObligationOccurrence o where o.periodStart >= :first",
                ObligationOccurrence.class).setParameter("first", LocalDate.of(fromYear, 1, 1)).getResultList();
        if (occurrences.isEmpty()) {
            return;
        }
        Map<Long, ObligationVersion> versions = versions(occurrences.stream().map(ObligationOccurrence::versionId).collect(Collectors.toSet()));
        int lastYear = occurrences.stream().mapToInt(occurrence -> occurrence.period().end().getYear()).max().orElseThrow() + 1;
        WorkingDays days = holidays.workingDays(fromYear, lastYear);
        occurrences.forEach(occurrence -> occurrence.schedule(versions.get(occurrence.versionId()).rule()
                .deadlinesOf(occurrence.period(), occurrence.amount(), days)));
    }

    /**
     * What the period owes: the credit balance of the account at the period's end, less what the
     * obligation's earlier periods still owed then (declared or not, unpaid on that day).
     */
    private long ledgerAmount(ObligationOccurrence occurrence, String accountCode) {
        LocalDate end = occurrence.period().end();
        long creditBalance;
        try {
            creditBalance = -statements.statement(accountCode, end, end).closing();
        } catch (LedgerException e) {
            throw new IllegalStateException("the catalogue names an account the ledger refuses: " + accountCode, e);
        }
        long earlierUnpaid = em.createQuery("select o from ObligationOccurrence o where o.obligationId = :obligation "
                        + "and o.periodEnd < :start and (o.paidOn is null or o.paidOn > :end)", ObligationOccurrence.class)
                .setParameter("obligation", occurrence.obligationId()).setParameter("start", occurrence.period().start())
                .setParameter("end", end).getResultStream().mapToLong(earlier -> earlier.amount() == null ? 0 : earlier.amount()).sum();
        return Math.max(0, creditBalance - earlierUnpaid);
    }

    private List<OccurrenceView> views(List<ObligationOccurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return List.of();
        }
        Map<Long, TaxObligation> obligations = em.createQuery("select o from TaxObligation o", TaxObligation.class)
                .getResultStream().collect(Collectors.toMap(TaxObligation::id, Function.identity()));
        Map<Long, ObligationVersion> versions = versions(occurrences.stream().map(ObligationOccurrence::versionId).collect(Collectors.toSet()));
        PenaltyBook penalties = new PenaltyBook(em);
        LocalDate today = today();
        Map<Long, ChequeStatus> cheques = chequeStatuses(occurrences.stream().map(ObligationOccurrence::chequeId)
                .filter(java.util.Objects::nonNull).toList());
        return occurrences.stream().map(occurrence -> {
            TaxObligation obligation = obligations.get(occurrence.obligationId());
            ObligationPeriod period = occurrence.period();
            long penalty = penalties.at(occurrence.declarationDue())
                    .filingExposure(occurrence.declarationDue(), occurrence.declaredOn(), today);
            if (occurrence.paymentDue() != null && occurrence.amount() != null) {
                penalty += penalties.at(occurrence.paymentDue())
                        .paymentExposure(occurrence.amount(), occurrence.paymentDue(), occurrence.paidOn(), today);
            }
            ChequeStatus chequeStatus = occurrence.chequeId() == null ? null : cheques.get(occurrence.chequeId());
            return new OccurrenceView(occurrence.id(), obligation.code(), obligation.name(), period.start(), period.end(),
                    ObligationPeriod.label(period.start(), period.end()), occurrence.declarationNominal(),
                    occurrence.declarationDue(), occurrence.paymentNominal(), occurrence.paymentDue(), occurrence.amount(),
                    occurrence.amountEntered(), versions.get(occurrence.versionId()).accountCode(), occurrence.status(),
                    occurrence.status().label(), occurrence.declaredOn(), occurrence.declaredBy(), occurrence.declaredAt(),
                    occurrence.paidOn(), occurrence.paidBy(), occurrence.paidAt(), occurrence.chequeReference(),
                    occurrence.chequeId(), chequeStatus, chequeStatus == null ? null : chequeStatus.label(), penalty);
        }).toList();
    }

    private Map<Long, ChequeStatus> chequeStatuses(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ChequeStatus> statuses = new java.util.HashMap<>();
        // a year's occurrences hold a few dozen cheques: one IN list
        em.createNativeQuery("SELECT id, status FROM cheque WHERE id IN (?1)").setParameter(1, ids).getResultList()
                .forEach(row -> statuses.put(SqlValues.longOf(((Object[]) row)[0]), ChequeStatus.valueOf((String) ((Object[]) row)[1])));
        return statuses;
    }

    private Map<Long, ObligationVersion> versions(Collection<Long> ids) {
        return em.createQuery("select v from ObligationVersion v where v.id in :ids", ObligationVersion.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(ObligationVersion::id, Function.identity()));
    }

    private ObligationOccurrence occurrence(long id) throws LedgerException {
        ObligationOccurrence occurrence = em.find(ObligationOccurrence.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "L'échéance fiscale n° " + id + " n'existe pas.");
        }
        return occurrence;
    }

    /** The day of a step: today unless given, never in the future, never before {@code earliest}. */
    private LocalDate stepDay(LocalDate on, LocalDate earliest, String field, String step) throws LedgerException {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || day.isBefore(earliest)) {
            throw new LedgerException(Rejection.FIELD_INVALID, field, "Date de " + step + " entre le " + french(earliest)
                    + " et aujourd'hui (reçu : " + french(day) + ").");
        }
        return day;
    }

    private String name(ObligationOccurrence occurrence) {
        ObligationPeriod period = occurrence.period();
        return em.find(TaxObligation.class, occurrence.obligationId()).name() + " (" + ObligationPeriod.label(period.start(), period.end()) + ")";
    }

    private static String french(LocalDate day) {
        return DAY.format(day);
    }

    private static void checkYear(int year) throws LedgerException {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "Exercice entre " + FIRST_YEAR + " et " + LAST_YEAR + " (reçu : " + year + ").");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
