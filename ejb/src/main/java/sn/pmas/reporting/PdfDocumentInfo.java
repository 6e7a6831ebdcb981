package sn.pmas.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Rewrites the document information of a PDF made by BIRT. BIRT's PDF emitter puts the absolute
 * path of its engine jar in "Creator" (it leaks the server's deployment layout) and offers no option
 * to change it; OpenPDF, which that emitter writes with, can.
 */
final class PdfDocumentInfo {

    static final String AUTHOR = "Pool Micro Assurance Santé (PMAS)";
    static final String CREATOR = "PMAS Ledger";

    private PdfDocumentInfo() {
    }

    static byte[] rewrite(byte[] pdf, Report report, Map<String, ?> parameters) throws ReportRenderingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 512);
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfStamper stamper = new PdfStamper(reader, out);
                Map<String, String> info = reader.getInfo();
                info.put("Title", report.title());
                info.put("Subject", new TreeMap<>(parameters).entrySet().stream()
                        .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                        .collect(Collectors.joining(", ")));
                info.put("Author", AUTHOR);
                info.put("Creator", CREATOR);
                stamper.setInfoDictionary(info);
                stamper.close();
            } finally {
                reader.close();
            }
        } catch (IOException | DocumentException e) {
            throw new ReportRenderingException("Cannot set the PDF document information of " + report.code(), e);
        }
        return out.toByteArray();
    }
}
