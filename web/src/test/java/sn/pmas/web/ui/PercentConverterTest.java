package sn.pmas.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentConverterTest {

    private final PercentConverter converter = new PercentConverter();

    @Test
    void readsPercentsWithACommaOrAPointIntoFractions() {
        assertEquals(new BigDecimal("0.14"), converter.getAsObject(null, null, "14"));
        assertEquals(new BigDecimal("0.075"), converter.getAsObject(null, null, "7,5"));
        assertEquals(new BigDecimal("0.075"), converter.getAsObject(null, null, " 7.5 % "));
        assertNull(converter.getAsObject(null, null, " "));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "quatorze"));
    }

    @Test
    void writesFractionsAsFrenchPercents() {
        assertEquals("14", converter.getAsString(null, null, new BigDecimal("0.1400")));
        assertEquals("7,5", converter.getAsString(null, null, new BigDecimal("0.075")));
        assertEquals("0", converter.getAsString(null, null, BigDecimal.ZERO));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
