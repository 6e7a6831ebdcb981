package sn.pmas.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as the pool writes them (31/01/2026), moments to the minute (31/01/2026 14:05) in the
 * pool's time zone, Dakar. Display only.
 */
@FacesConverter("pmas.moment")
public class MomentConverter implements Converter<TemporalAccessor> {

    static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    static String format(TemporalAccessor moment) {
        return switch (moment) {
            case null -> "";
            case LocalDate day -> DAY.format(day);
            case LocalDateTime local -> MINUTE.format(local);
            case Instant instant -> MINUTE.format(instant.atZone(DAKAR));
            case OffsetDateTime offset -> MINUTE.format(offset.atZoneSameInstant(DAKAR));
            default -> moment.toString();
        };
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, TemporalAccessor moment) {
        return format(moment);
    }

    @Override
    public TemporalAccessor getAsObject(FacesContext context, UIComponent component, String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DAY);
    }
}
