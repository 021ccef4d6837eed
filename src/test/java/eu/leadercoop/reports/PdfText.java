package eu.leadercoop.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as PDFBox extracts it, with no-break and narrow spaces read as plain spaces. Text comes in the
 * order openhtmltopdf drew it, which keeps each table cell together; within one line it draws a block's own
 * text before the text of elements nested in it ("Budget: 100" extracts as ": Budget 100").
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spaces(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
