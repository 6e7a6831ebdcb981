package sn.pmas.sig;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fingerprint of an event's content, to tell a replay (same reference, same content) from a
 * conflict. The force reason is not content: it is the user's decision, not the SIG's fact.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(SigEvent e) {
        String canonical = Stream.of(e.type() == null ? null : e.type().strip().toUpperCase(Locale.ROOT), e.reference(),
                        e.date(), e.principal(), plain(e.amount()), e.contract(), e.subscriberGroup(), e.product(),
                        e.periodFrom(), e.periodTo(), plain(e.policyCosts()), plain(e.taxes()), e.premium(), e.provider(),
                        e.member(), e.invoice(), e.careMonth(), e.invoiceReceivedOn(),
                        Boolean.TRUE.equals(e.medicalValidation()) ? "true" : "false", e.claim(), e.account(), e.label())
                .map(value -> value == null ? "" : value.strip().replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"))
                // the broker came later: an event without one keeps the fingerprint it was booked with
                + (e.broker() == null ? "" : "|broker=" + e.broker().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e1);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
