package sn.pmas.bankstatement;

import java.math.BigDecimal;

/** Amounts as banks write them, read into whole francs CFA (XOF has no minor unit). */
final class Amounts {

    /** A statement never holds more than this on one line: a guard against a misread column. */
    static final long MAX = 1_000_000_000_000L;

    private Amounts() {
    }

    /**
     * "1 500 000,00" (decimal comma: blanks and dots group thousands) or "1500000.00" / "1,500,000"
     * (decimal point: commas group thousands). Cents must be zero.
     */
    static long parse(String text, boolean decimalComma) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("montant vide");
        }
        String cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        cleaned = decimalComma ? cleaned.replace(".", "").replace(',', '.') : cleaned.replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("montant illisible : " + text.strip());
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("le franc CFA n'a pas de centimes : " + text.strip());
        }
        if (value.abs().compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException("montant hors limites : " + text.strip());
        }
        return value.longValueExact();
    }
}
