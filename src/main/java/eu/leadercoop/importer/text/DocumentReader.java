package eu.leadercoop.importer.text;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gets the text out of one uploaded file: decides the format from its first bytes (and its name when the bytes
 * do not tell), refuses what is too large, empty or binary with a message for a person, and hands the rest to
 * the right reader.
 */
public final class DocumentReader {

    /** Project pages are small; anything larger is not one and would only cost time. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private DocumentReader() {
    }

    public static DocumentText read(String name, byte[] bytes) throws UnreadableDocumentException {
        return read(name, bytes, ReadLimits.DEFAULT);
    }

    /**
     * Like {@link #read(String, byte[])} under other limits than the {@linkplain ReadLimits#DEFAULT default} ones:
     * the time limit counts from now.
     */
    public static DocumentText read(String name, byte[] bytes, ReadLimits limits) throws UnreadableDocumentException {
        long deadline = limits.deadline();
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(tooLarge(bytes.length));
        }
        String format = format(name, bytes);
        List<String> warnings = new ArrayList<>();
        return switch (format) {
            case "pdf" -> checked(PdfLines.unwrap(OfficeText.pdf(bytes, limits, deadline)), "pdf", null, warnings,
                    "The PDF has no text layer (a scan?); OCR is not supported, so nothing could be read.");
            case "docx" -> checked(OfficeText.docx(bytes, limits, deadline), "docx", null, warnings, "The Word document has no text.");
            case "odt" -> checked(OfficeText.odt(bytes, limits, deadline), "odt", null, warnings, "The document has no text.");
            case "doc" -> checked(OfficeText.doc(bytes, limits, deadline), "doc", null, warnings, "The Word document has no text.");
            case "binary" -> throw new UnreadableDocumentException(
                    "The file is not a text, HTML, Word or PDF document (it looks like binary data).");
            default -> {
                Charset charset = CharsetGuess.guess(bytes);
                String text = new String(bytes, charset);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (looksBinary(text)) {
                    throw new UnreadableDocumentException(
                            "The file is not a text, HTML, Word or PDF document (it looks like binary data).");
                }
                if (format.equals("html")) {
                    yield checked(HtmlText.text(text, deadline), "html", charset.name(), warnings, "The HTML page has no text.");
                }
                yield checked(text, "txt", charset.name(), warnings, "The file has no text.");
            }
        };
    }

    /** The message for a file over the limit. */
    public static String tooLarge(long size) {
        return String.format(Locale.ROOT, "The file is %.1f MB; the limit is %d MB.", size / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024));
    }

    private static DocumentText checked(String text, String format, String charset, List<String> warnings,
                                        String emptyMessage) throws UnreadableDocumentException {
        if (text == null || text.isBlank()) {
            throw new UnreadableDocumentException(emptyMessage);
        }
        String t = text;
        if (t.length() > OfficeText.MAX_CHARS) {
            t = t.substring(0, OfficeText.MAX_CHARS);
            warnings.add("The text was cut at " + OfficeText.MAX_CHARS + " characters.");
        }
        return new DocumentText(t, format, charset, List.copyOf(warnings));
    }

    /** By content first: a .txt that holds HTML is read as HTML, a renamed PDF as PDF. */
    static String format(String name, byte[] b) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (startsWith(b, "%PDF")) {
            return "pdf";
        }
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            if (lower.endsWith(".odt") || containsAscii(b, "oasis.opendocument")) {
                return "odt";
            }
            return containsAscii(b, "word/") ? "docx" : "binary";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF) {
            // an OLE2 container: Word 97-2003 when named so; other Office files are not project pages
            return lower.endsWith(".doc") ? "doc" : "binary";
        }
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || head.contains("<html") || head.contains("<!doctype html")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div")) {
            return "html";
        }
        return "txt";
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAscii(byte[] b, String ascii) {
        int limit = Math.min(b.length, 64 * 1024) - ascii.length();
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (b[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Control characters other than line breaks and tabs, or replacement characters, in more than 2% of it. */
    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 8192);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x80 && c < 0xA0)) {
                bad++;
            }
        }
        return sample > 0 && bad * 50 > sample;
    }
}
