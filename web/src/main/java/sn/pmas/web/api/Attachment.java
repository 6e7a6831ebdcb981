package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;

/** A document to download, saved by the browser under the file name given. */
final class Attachment {

    private Attachment() {
    }

    /** @param fileName without its extension */
    static Response pdf(byte[] document, String fileName) {
        return Response.ok(document, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"")
                .build();
    }
}
