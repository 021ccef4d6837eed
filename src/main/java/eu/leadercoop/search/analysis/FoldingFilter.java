package eu.leadercoop.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ASCIIFoldingFilter}, term for term, with its per-character mapping looked up in a
 * table built from it once: {@code foldToASCII} finds each non-ASCII character in a switch of
 * thousands of cases, which showed as 6% of the indexing threads' time on Estonian and Polish texts.
 */
final class FoldingFilter extends TokenFilter {

    /** What each non-ASCII character of the BMP folds to (index {@code c - 0x80}), or null when it stays. */
    private static final char[][] FOLDED = new char[0x10000 - 0x80][];

    static {
        char[] in = new char[1];
        char[] out = new char[8];
        for (int c = 0x80; c < 0x10000; c++) {
            in[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            if (length != 1 || out[0] != c) {
                FOLDED[c - 0x80] = java.util.Arrays.copyOf(out, length);
            }
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080') {
                fold(buffer, i, length);
                break;
            }
        }
        return true;
    }

    /** Folds the term from {@code from}, the first non-ASCII character; what comes before stays. */
    private void fold(char[] buffer, int from, int length) {
        if (output.length < 4 * length) {
            output = new char[Math.max(4 * length, 2 * output.length)];
        }
        System.arraycopy(buffer, 0, output, 0, from);
        int n = from;
        for (int i = from; i < length; i++) {
            char c = buffer[i];
            char[] folded = c < '\u0080' ? null : FOLDED[c - 0x80];
            if (folded == null) {
                output[n++] = c;
            } else {
                for (char f : folded) {
                    output[n++] = f;
                }
            }
        }
        term.copyBuffer(output, 0, n);
    }
}
