package sn.pmas.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import sn.pmas.sig.EventType;

/** The small formats the pages share: dates from the query string, moments, event types. */
class DisplayFormatsTest {

    private static final LocalDate FALLBACK = LocalDate.of(2026, 11, 24);

    @Test
    void aDateParameterFallsBackWhenAbsentAndSaysWhatItCouldNotRead() {
        assertEquals(new DateParameter(LocalDate.of(2037, 8, 31), null), DateParameter.of(" 2037-08-31 ", FALLBACK));
        assertEquals(new DateParameter(FALLBACK, null), DateParameter.of(null, FALLBACK));
        assertEquals(new DateParameter(FALLBACK, null), DateParameter.of("", FALLBACK));
        assertEquals(new DateParameter(FALLBACK, "31/08/2037"), DateParameter.of("31/08/2037", FALLBACK));
        assertEquals("2037-08-31", DateParameter.of("2037-08-31", FALLBACK).value());
        assertEquals("31 août 2037", DateParameter.of("2037-08-31", FALLBACK).label());
    }

    @Test
    void momentsAreWrittenTheFrenchWayInDakarTime() {
        MomentConverter moments = new MomentConverter();
        assertEquals("20/08/2037", moments.getAsString(null, null, LocalDate.of(2037, 8, 20)));
        assertEquals("20/08/2037 14:05", moments.getAsString(null, null, Instant.parse("2037-08-20T14:05:59Z")),
                "Dakar is on UTC all year");
        assertEquals("20/08/2037 09:30", moments.getAsString(null, null, LocalDateTime.of(2037, 8, 20, 9, 30)));
        assertEquals("", moments.getAsString(null, null, null));
        assertEquals(LocalDate.of(2037, 8, 20), moments.getAsObject(null, null, "20/08/2037"));
    }

    @Test
    void eventTypesHaveFrenchNamesWhetherGivenAsEnumOrName() {
        EventTypeConverter types = new EventTypeConverter();
        assertEquals("Sinistre validé", types.getAsString(null, null, EventType.CLAIM_VALIDATED));
        assertEquals("Fonds reçus", types.getAsString(null, null, "FUNDS_RECEIVED"));
        assertEquals("MANUAL", types.getAsString(null, null, "MANUAL"), "an unknown name is shown as is");
        assertEquals("", types.getAsString(null, null, null));
        assertEquals(EventType.PREMIUM_REFUNDED, types.getAsObject(null, null, "Prime remboursée"));
        assertNull(types.getAsObject(null, null, "Autre"));
        for (EventType type : EventType.values()) {
            assertEquals(type, types.getAsObject(null, null, types.getAsString(null, null, type)), "every type has its name");
        }
    }
}
