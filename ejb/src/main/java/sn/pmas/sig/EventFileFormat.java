package sn.pmas.sig;

import java.util.List;
import java.util.Optional;

/** The file formats of SIG events, each read and written with the same columns (docs/sig-import.md). */
public enum EventFileFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    EventFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Every event of the file, or the reasons it cannot be booked; never throws on bad content. */
    public EventFile read(byte[] content) {
        return switch (this) {
            case CSV -> CsvEventFile.read(content);
            case XLSX -> XlsxEventFile.read(content);
        };
    }

    /** A file the reader gives back as the same events (forceReason is never written). */
    public byte[] write(List<SigEvent> events) {
        return switch (this) {
            case CSV -> CsvEventFile.write(events);
            case XLSX -> XlsxEventFile.write(events);
        };
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<EventFileFormat> ofExtension(String extension) {
        for (EventFileFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a Content-Type such as {@code text/csv; charset=UTF-8}. */
    public static Optional<EventFileFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String essence = contentType.split(";", 2)[0].strip();
        for (EventFileFormat format : values()) {
            if (format.mediaType.equalsIgnoreCase(essence)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
