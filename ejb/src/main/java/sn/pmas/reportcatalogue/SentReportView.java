package sn.pmas.reportcatalogue;

import java.time.Instant;

/**
 * A document of the archive, without its bytes: what was sent ({@code report}, a catalogue code,
 * with its {@code parameters} as {@code name=value&...} in name order), to whom, when, by whom, and
 * the SHA-256 of the bytes (hexadecimal) that proves a copy identical.
 */
public record SentReportView(long id, String report, String title, String parameters, String format, String recipient,
                             String month, String fileName, String mediaType, int length, String sha256, Instant sentAt,
                             String sentBy) {
}
