package eu.leadercoop.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Opens a zip container (DOCX, ODT) under {@link ReadLimits} before any parser sees it. A first pass inflates
 * every entry in order and throws the bytes away, counting what comes out, the entries and the time, and stops
 * at the first limit passed, whatever the headers claim; a 2 GiB bomb is refused after 64 MB, in a fraction of a
 * second. An XML part that declares a DTD (the way to entity expansion, "billion laughs", and to external
 * entities) is refused too: neither Word nor OpenDocument writes one. A second pass writes the same entries into
 * a new, uncompressed zip in a temporary file, and only that is given to Tika, so the parser reads exactly the
 * bytes that were counted (not, say, a central directory that points elsewhere than the local headers).
 */
final class ZipGuard {

    private static final byte[] UTF_8 = "<!DOCTYPE".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UTF_16LE = "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] UTF_16BE = "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE);
    private static final byte[] UTF_32LE = "<!DOCTYPE".getBytes(Charset.forName("UTF-32LE"));
    private static final byte[] UTF_32BE = "<!DOCTYPE".getBytes(Charset.forName("UTF-32BE"));
    private static final byte[] EBCDIC = "<!DOCTYPE".getBytes(Charset.forName("IBM037"));

    private ZipGuard() {
    }

    /**
     * Checks {@code zip} and writes what passed to a new temporary file, which the caller deletes.
     *
     * @param what     the kind of document, for messages ("Word document")
     * @param deadline in {@link System#nanoTime()} terms
     */
    static Path checkedCopy(byte[] zip, String what, ReadLimits limits, long deadline) throws UnreadableDocumentException {
        walk(zip, what, limits, deadline, null);
        Path copy;
        try {
            copy = Files.createTempFile("leadercoop-upload-", ".zip");
        } catch (IOException e) {
            throw new UnreadableDocumentException("The " + what + " could not be read: no room for a temporary copy.", e);
        }
        boolean done = false;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            out.setLevel(Deflater.NO_COMPRESSION);
            walk(zip, what, limits, deadline, out);
            done = true;
        } catch (IOException e) {
            throw damaged(what, e);
        } finally {
            if (!done) {
                delete(copy);
            }
        }
        return copy;
    }

    private static void walk(byte[] zip, String what, ReadLimits limits, long deadline, ZipOutputStream out)
            throws UnreadableDocumentException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buf = new byte[64 * 1024];
            long unpacked = 0;
            int entries = 0;
            Set<String> names = new HashSet<>();
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new UnreadableDocumentException("The " + what + " has more than " + limits.maxEntries()
                            + " parts; a project page has a few dozen, so it is not read.");
                }
                if (!names.add(entry.getName())) {
                    throw new UnreadableDocumentException("The " + what + " could not be read: it holds the part "
                            + entry.getName() + " twice.");
                }
                if (out != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                }
                DoctypeScan scan = new DoctypeScan();
                int n;
                while ((n = in.read(buf)) > 0) {
                    unpacked += n;
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw new UnreadableDocumentException(tooBig(what, limits));
                    }
                    if (out == null && scan.found(buf, n)) {
                        throw new UnreadableDocumentException("The " + what + " is not read: its part " + entry.getName()
                                + " declares a DTD, which documents of this kind never do (it could expand entities or"
                                + " read other files).");
                    }
                    if (out != null) {
                        out.write(buf, 0, n);
                    }
                    Deadline.check(deadline, what);
                }
                if (out != null) {
                    out.closeEntry();
                }
                Deadline.check(deadline, what);
            }
            if (entries == 0) {
                throw damaged(what, null);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(what, e);
        }
    }

    private static UnreadableDocumentException damaged(String what, Exception cause) {
        return new UnreadableDocumentException("The " + what + " could not be read: it may be damaged or not a " + what
                + " at all.", cause);
    }

    static String tooBig(String what, ReadLimits limits) {
        return String.format(Locale.ROOT, "The %s unpacks to more than %d MB; a project page is far smaller, so it is "
                + "not read (it may be a decompression bomb).", what, limits.maxUnpackedBytes() / (1024 * 1024));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system's clean-up takes it
        }
    }

    /**
     * Looks for "&lt;!DOCTYPE" in one entry, read in pieces, in the encoding an XML parser would see in its first
     * bytes (XML 1.0, appendix F): UTF-16 or UTF-32 of either byte order, EBCDIC, or else ASCII-compatible.
     */
    private static final class DoctypeScan {

        private byte[] pattern;
        private byte[] carry = new byte[0];

        boolean found(byte[] buf, int n) {
            byte[] window = new byte[carry.length + n];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buf, 0, window, carry.length, n);
            if (pattern == null) {
                if (window.length < 4) {
                    carry = window;
                    return false;
                }
                pattern = encoding(window);
            }
            if (indexOf(window, pattern) >= 0) {
                return true;
            }
            int keep = Math.min(window.length, pattern.length - 1);
            carry = new byte[keep];
            System.arraycopy(window, window.length - keep, carry, 0, keep);
            return false;
        }

        private static byte[] encoding(byte[] b) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            int b2 = b[2] & 0xFF;
            int b3 = b[3] & 0xFF;
            if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0x3C)) {
                return UTF_32BE;
            }
            if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0x3C && b1 == 0 && b2 == 0 && b3 == 0)) {
                return UTF_32LE;
            }
            if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == 0x3C)) {
                return UTF_16BE;
            }
            if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0x3C && b1 == 0)) {
                return UTF_16LE;
            }
            if (b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
                return EBCDIC;
            }
            return UTF_8;
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        byte first = needle[0];
        outer:
        for (int i = 0, last = hay.length - needle.length; i <= last; i++) {
            if (hay[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
