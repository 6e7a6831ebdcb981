package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import sn.pmas.reporting.CsvDocument;
import sn.pmas.reporting.ReportFormat;

/** A document to download, saved by the browser under the file name given. */
final class Attachment {

    private Attachment() {
    }

    /** @param fileName without its extension */
    static Response pdf(byte[] document, String fileName) {
        return of(document, ReportFormat.PDF.mediaType(), fileName + ".pdf");
    }

    /** @param fileName without its extension */
    static Response csv(byte[] document, String fileName) {
        return of(document, CsvDocument.MEDIA_TYPE, fileName + ".csv");
    }

    /** @param fileName with its extension */
    static Response of(byte[] document, String mediaType, String fileName) {
        return Response.ok(document, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
