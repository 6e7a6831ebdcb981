package sn.pmas.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a sealed entry: SHA-256, in lower-case hex, of the UTF-8 text made of the previous
 * entry's hash (sixty-four zeros for the first entry of a journal and year), a line feed, then
 * each line of the entry in line order: its {@link JournalRow#cells() cells} joined by {@code |},
 * each cell escaped ({@code \} → {@code \\}, {@code |} → {@code \|}, CR → {@code \r}, LF →
 * {@code \n}), and a line feed. docs/audit-trail.md gives the same recipe in Python.
 */
public final class ChainHash {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String previousHash, List<JournalRow> lines) {
        StringBuilder text = new StringBuilder(previousHash).append('\n');
        for (JournalRow line : lines) {
            List<String> cells = line.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text.append('|');
                }
                escape(cells.get(i), text);
            }
            text.append('\n');
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void escape(String cell, StringBuilder text) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '|' -> text.append("\\|");
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                default -> text.append(c);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
