package sn.pmas.fiscalcalendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Senegal's public holidays of a year as observed: computed by Jollyday, lunar ones moved by the accountant ({@link TaxCalendar}). */
@Stateless
public class Holidays {

    @PersistenceContext
    private EntityManager em;

    public List<HolidayView> of(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        List<HolidayOverride> overrides = em.createQuery("select o from HolidayOverride o where o.computedDate >= :first "
                        + "and o.computedDate < :next", HolidayOverride.class)
                .setParameter("first", first).setParameter("next", first.plusYears(1)).getResultList();
        return ObservedHolidays.of(SenegalHolidays.of(year), overrides);
    }

    /** The working days of the years from {@code firstYear} to {@code lastYear}. */
    public WorkingDays workingDays(int firstYear, int lastYear) {
        Set<LocalDate> dates = new HashSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            dates.addAll(ObservedHolidays.dates(of(year)));
        }
        return new WorkingDays(dates);
    }
}
