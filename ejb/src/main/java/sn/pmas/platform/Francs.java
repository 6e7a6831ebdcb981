package sn.pmas.platform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in francs CFA (XOF) the way the pool's accountants write them: whole francs, thousands
 * separated by a no-break space (an amount never wraps), a hyphen-minus for negatives:
 * "2 802 467", "-15 000". The separators are set explicitly: the JDK's French locale data uses a
 * narrow no-break space, and it has changed between releases.
 */
public final class Francs {

    public static final char GROUPING_SEPARATOR = '\u00A0';

    private Francs() {
    }

    public static String format(long amount) {
        return francs().format(amount);
    }

    /** With the currency: "2 802 467 F". */
    public static String amount(long amount) {
        return format(amount) + GROUPING_SEPARATOR + "F";
    }

    /** A new format each time: DecimalFormat is not thread-safe. */
    private static DecimalFormat francs() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setGroupingSeparator(GROUPING_SEPARATOR);
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols);
    }
}
