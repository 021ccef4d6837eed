package eu.leadercoop.importer.text;

import java.time.Duration;

/**
 * How much work one uploaded document may cost, checked while it is opened rather than after: a zip container
 * (DOCX, ODT) may unpack to at most {@code maxUnpackedBytes} in at most {@code maxEntries} entries, and reading
 * any document, of any format, stops at {@code timeLimit}. A 2 MB Word file that unpacks to 2 GiB is refused
 * after 64 MB of inflating, in well under a second, instead of filling the heap.
 *
 * @param maxUnpackedBytes what all entries of a zip container may unpack to together; also PDFBox's memory for
 *                         a PDF's decoded streams
 * @param maxEntries       entries a zip container may have (a Word document has a few dozen)
 * @param timeLimit        reading one document stops after this long
 */
public record ReadLimits(long maxUnpackedBytes, int maxEntries, Duration timeLimit) {

    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 1_000, Duration.ofSeconds(20));

    /** The deadline of a read starting now, in {@link System#nanoTime()} terms. */
    long deadline() {
        return System.nanoTime() + timeLimit.toNanos();
    }
}
