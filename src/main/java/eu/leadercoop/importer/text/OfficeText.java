package eu.leadercoop.importer.text;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Text out of DOCX, DOC, ODT and PDF with Apache Tika. Each format gets its own parser, chosen by the importer,
 * never Tika's auto-detection: nothing external is run (no OCR, no converters), macros are not extracted, and
 * Tika's XML readers do not resolve external entities. Text beyond {@link #MAX_CHARS} is cut off.
 */
public final class OfficeText {

    /** More text than any project page has; protects the extractor from huge documents. */
    public static final int MAX_CHARS = 2_000_000;

    private OfficeText() {
    }

    public static String docx(byte[] bytes) throws UnreadableDocumentException {
        return parse(new OOXMLParser(), bytes, officeContext(), "Word document");
    }

    /** Word 97-2003 ({@code .doc}), read by POI through Tika; macros are not extracted. */
    public static String doc(byte[] bytes) throws UnreadableDocumentException {
        return parse(new org.apache.tika.parser.microsoft.OfficeParser(), bytes, officeContext(), "Word document");
    }

    public static String odt(byte[] bytes) throws UnreadableDocumentException {
        return parse(new OpenDocumentParser(), bytes, officeContext(), "OpenDocument text");
    }

    public static String pdf(byte[] bytes) throws UnreadableDocumentException {
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractActions(false);
        config.setSortByPosition(true);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        return parse(new PDFParser(), bytes, context, "PDF");
    }

    private static ParseContext officeContext() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setExtractMacros(false);
        config.setIncludeHeadersAndFooters(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        return context;
    }

    private static String parse(Parser parser, byte[] bytes, ParseContext context, String what)
            throws UnreadableDocumentException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        // embedded documents are not opened: a project page does not need them, and they could be anything
        context.set(Parser.class, new org.apache.tika.parser.EmptyParser());
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("The " + what + " is password-protected.", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("The " + what + " could not be read: it may be damaged or not a "
                        + what + " at all.", e);
            }
        }
        return handler.toString();
    }
}
