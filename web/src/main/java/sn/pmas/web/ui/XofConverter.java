package sn.pmas.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in francs CFA (XOF) the way the pool's accountants write them: whole francs, thousands
 * separated by a no-break space (an amount never wraps inside its cell), a hyphen-minus for
 * negatives: "2 802 467", "-15 000". The ledger holds whole francs, so there are no decimals.
 * The separators are set explicitly: the JDK's French locale data uses a narrow no-break space,
 * and it has changed between releases.
 */
@FacesConverter("pmas.xof")
public class XofConverter implements Converter<Long> {

    static final char GROUPING_SEPARATOR = '\u00A0';

    public static String format(long amount) {
        return francs().format(amount);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long amount) {
        return amount == null ? "" : format(amount);
    }

    /** Accepts what {@link #format} writes, and the same with plain or narrow spaces. */
    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.replaceAll("[\\s\u00A0\u202F]", ""));
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Montant invalide : " + text,
                    "Écrire un nombre entier de francs, par exemple 1 500 000."), e);
        }
    }

    /** A new format each time: DecimalFormat is not thread-safe. */
    private static DecimalFormat francs() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setGroupingSeparator(GROUPING_SEPARATOR);
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols);
    }
}
