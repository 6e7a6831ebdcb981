package sn.pmas.reportcatalogue;

import java.util.Objects;

/**
 * A document about to be archived as sent: its key, the month it reports on (yyyy-MM, or null),
 * its file name and media type, and its bytes.
 */
public record SentDocument(SentReportKey key, String month, String fileName, String mediaType, byte[] content) {

    public SentDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("an empty document is never sent");
        }
    }
}
