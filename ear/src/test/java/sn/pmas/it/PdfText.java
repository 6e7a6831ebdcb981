package sn.pmas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a rendered PDF, spaces normalised (BIRT groups thousands with narrow no-break spaces). */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalized(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalized(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
}
