package sn.pmas.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Rates typed and shown in percent (14, 7,5) while the ledger keeps fractions (0.14, 0.075):
 * accountants read the agreements in percent, the API and the database in fractions.
 */
@FacesConverter("pmas.percent")
public class PercentConverter implements Converter<BigDecimal> {

    /** 0.075 → "7,5": the French decimal comma, no trailing zeros. */
    static String format(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "7,5", "7.5" or "7,5 %" → 0.075; range and precision are the agreement's rules, checked by the ledger. */
    static BigDecimal parse(String percent) {
        try {
            return new BigDecimal(percent.replaceAll("[\\s\u00A0\u202F%]", "").replace(',', '.')).movePointLeft(2);
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Taux invalide : " + percent,
                    "Écrire un pourcentage, par exemple 14 ou 7,5."), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal fraction) {
        return fraction == null ? "" : format(fraction);
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }
}
