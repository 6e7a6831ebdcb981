package sn.pmas.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import sn.pmas.platform.Francs;

/** Amounts in francs CFA on the pages, written by {@link Francs} and read back with any kind of space. */
@FacesConverter("pmas.xof")
public class XofConverter implements Converter<Long> {

    public static String format(long amount) {
        return Francs.format(amount);
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
}
