package sn.pmas.bankstatement;

import java.util.Locale;
import java.util.Optional;

/** The statement files the import reads. */
public enum StatementFormat {
    CSV, CAMT053;

    /** {@code csv} or {@code camt053}, any case. */
    public static Optional<StatementFormat> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT).replace(".", "");
        return java.util.Arrays.stream(values()).filter(f -> f.name().equals(normalized)).findFirst();
    }
}
