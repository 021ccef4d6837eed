package eu.leadercoop.importer.text;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
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
import java.nio.file.Path;

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
        return docx(bytes, ReadLimits.DEFAULT, ReadLimits.DEFAULT.deadline());
    }

    /** A Word document, unpacked under {@code limits} by {@link ZipGuard} before Tika opens it. */
    static String docx(byte[] bytes, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        return zipped(new OOXMLParser(), bytes, limits, deadline, "Word document");
    }

    /** Word 97-2003 ({@code .doc}), read by POI through Tika; macros are not extracted. */
    public static String doc(byte[] bytes) throws UnreadableDocumentException {
        return doc(bytes, ReadLimits.DEFAULT, ReadLimits.DEFAULT.deadline());
    }

    /** An OLE2 file packs nothing, so the upload limit bounds it; the time limit still applies. */
    static String doc(byte[] bytes, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        return parse(new org.apache.tika.parser.microsoft.OfficeParser(), TikaInputStream.get(Deadline.input(
                new ByteArrayInputStream(bytes), deadline)), officeContext(), "Word document", deadline);
    }

    public static String odt(byte[] bytes) throws UnreadableDocumentException {
        return odt(bytes, ReadLimits.DEFAULT, ReadLimits.DEFAULT.deadline());
    }

    static String odt(byte[] bytes, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        return zipped(new OpenDocumentParser(), bytes, limits, deadline, "OpenDocument text");
    }

    public static String pdf(byte[] bytes) throws UnreadableDocumentException {
        return pdf(bytes, ReadLimits.DEFAULT, ReadLimits.DEFAULT.deadline());
    }

    /**
     * A PDF's streams are decoded by PDFBox within {@code limits.maxUnpackedBytes()} of memory (a stream that
     * inflates to more fails the read), and the time limit applies.
     */
    static String pdf(byte[] bytes, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        PdfGuard.check(bytes, limits, deadline);
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractActions(false);
        config.setSortByPosition(true);
        config.setMaxMainMemoryBytes(limits.maxUnpackedBytes());
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        return parse(new PDFParser(), TikaInputStream.get(Deadline.input(new ByteArrayInputStream(bytes), deadline)),
                context, "PDF", deadline);
    }

    private static String zipped(Parser parser, byte[] bytes, ReadLimits limits, long deadline, String what)
            throws UnreadableDocumentException {
        Path checked = ZipGuard.checkedCopy(bytes, what, limits, deadline);
        try {
            return parse(parser, TikaInputStream.get(checked), officeContext(), what, deadline);
        } catch (IOException e) {
            throw new UnreadableDocumentException("The " + what + " could not be read.", e);
        } finally {
            ZipGuard.delete(checked);
        }
    }

    private static ParseContext officeContext() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setExtractMacros(false);
        config.setIncludeHeadersAndFooters(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, config);
        return context;
    }

    private static String parse(Parser parser, InputStream input, ParseContext context, String what, long deadline)
            throws UnreadableDocumentException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        // embedded documents are not opened: a project page does not need them, and they could be anything
        context.set(Parser.class, new org.apache.tika.parser.EmptyParser());
        try (InputStream in = input) {
            parser.parse(in, Deadline.handler(handler, deadline), new Metadata(), context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("The " + what + " is password-protected.", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (Deadline.isTimeUp(e)) {
                throw new UnreadableDocumentException(Deadline.message(what), e);
            }
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("The " + what + " could not be read: it may be damaged or not a "
                        + what + " at all.", e);
            }
        }
        return handler.toString();
    }
}
