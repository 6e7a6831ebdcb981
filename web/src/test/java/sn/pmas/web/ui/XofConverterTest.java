package sn.pmas.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

class XofConverterTest {

    private static final String NBSP = "\u00A0";

    @Test
    void writesWholeFrancsWithNoBreakSpacesBetweenThousands() {
        assertEquals("0", XofConverter.format(0));
        assertEquals("999", XofConverter.format(999));
        assertEquals("2" + NBSP + "802" + NBSP + "467", XofConverter.format(2_802_467));
        assertEquals("-15" + NBSP + "000", XofConverter.format(-15_000));
        assertEquals("", new XofConverter().getAsString(null, null, null));
    }

    @Test
    void readsBackWhatItWritesAndPlainSpaces() {
        XofConverter converter = new XofConverter();
        assertEquals(-2_802_467L, converter.getAsObject(null, null, XofConverter.format(-2_802_467)));
        assertEquals(1_500_000L, converter.getAsObject(null, null, " 1 500 000 "));
        assertEquals(1_500_000L, converter.getAsObject(null, null, "1\u202F500\u202F000"));
        assertNull(converter.getAsObject(null, null, "  "));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "12,50"));
    }
}
