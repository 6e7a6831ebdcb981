package sn.pmas.reporting;

import java.util.Locale;

/** Output formats offered for every report, with what an HTTP response needs to deliver them. */
public enum ReportFormat {

    PDF("pdf", "application/pdf", "pdf"),
    HTML("html", "text/html;charset=UTF-8", "html"),
    /** BIRT's "xlsx" emitter (uk.co.spudsoft), rendered on a single sheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String code;
    private final String mediaType;
    private final String fileExtension;

    ReportFormat(String code, String mediaType, String fileExtension) {
        this.code = code;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The code used in URLs and by BIRT as its emitter's output format. */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /**
     * @param code a format code such as {@code "pdf"}, case-insensitive
     * @throws IllegalArgumentException if no format has that code
     */
    public static ReportFormat fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (ReportFormat format : values()) {
                if (format.code.equals(wanted)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("Unknown report format: " + code);
    }
}
