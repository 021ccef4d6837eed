package eu.leadercoop.importer.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Checks a PDF under {@link ReadLimits} before Tika reads it: every stream that a text extractor decodes (those
 * packed with Flate, LZW, run-length or the ASCII encodings: page contents, fonts, object streams) is decoded
 * once, counting what comes out, within the time limit and PDFBox memory of the same size. A PDF whose page
 * inflates from 1 MB to gigabytes of drawing operators, which would keep Tika busy for minutes, is refused after
 * 64 MB. Images are left alone, however packed: the text extractor does not decode them.
 */
final class PdfGuard {

    private static final Set<String> DECODED = Set.of("FlateDecode", "Fl", "LZWDecode", "LZW", "RunLengthDecode", "RL",
            "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85");

    private PdfGuard() {
    }

    static void check(byte[] pdf, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        long decoded = 0;
        byte[] buf = new byte[64 * 1024];
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxUnpackedBytes()).streamCache)) {
            COSDocument cos = doc.getDocument();
            List<COSObjectKey> keys = new ArrayList<>(cos.getXrefTable().keySet());
            for (COSObjectKey key : keys) {
                Deadline.check(deadline, "PDF");
                COSObject object = cos.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (!(base instanceof COSStream stream) || !decodedByExtractor(stream)) {
                    continue;
                }
                try (InputStream in = decoded(stream)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        decoded += n;
                        if (decoded > limits.maxUnpackedBytes()) {
                            throw new UnreadableDocumentException(ZipGuard.tooBig("PDF", limits));
                        }
                        Deadline.check(deadline, "PDF");
                    }
                } catch (IOException e) {
                    // a damaged stream: the extractor skips it as well
                }
            }
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("The PDF is password-protected.", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("The PDF could not be read: it may be damaged or not a PDF at all.", e);
        }
    }

    /**
     * The stream decoded as it is read: plain Flate (nearly every stream) by an inflater of ours, on the fly, so
     * that a bomb is stopped after the limit and not decoded whole first; other packings by PDFBox.
     */
    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray array && array.size() == 1) {
            filters = array.getObject(0);
        }
        if (COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters)) {
            Inflater inflater = new Inflater();
            return new InflaterInputStream(stream.createRawInputStream(), inflater) {
                @Override
                public void close() throws IOException {
                    super.close();
                    inflater.end();
                }
            };
        }
        return stream.createInputStream();
    }

    private static boolean decodedByExtractor(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return false;
        }
        COSBase filters = stream.getFilters();
        if (filters == null) {
            return false;
        }
        if (filters instanceof COSName name) {
            return DECODED.contains(name.getName());
        }
        if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.getObject(i) instanceof COSName name) || !DECODED.contains(name.getName())) {
                    return false;
                }
            }
            return array.size() > 0;
        }
        return false;
    }
}
