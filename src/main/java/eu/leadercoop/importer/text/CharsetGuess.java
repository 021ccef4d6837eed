package eu.leadercoop.importer.text;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides which character set a text file is in. A byte-order mark decides; text that decodes as UTF-8
 * without error is UTF-8. Otherwise the old code pages of Estonian and Polish pages are tried
 * (Windows-1257, ISO-8859-13, Windows-1250, ISO-8859-2) and the one whose text looks most like et/pl/en
 * letters wins; the ICU detector Tika carries (it knows no Baltic code page) is asked only when none fits.
 */
public final class CharsetGuess {

    private static final List<Charset> LEGACY = List.of(Charset.forName("windows-1257"), Charset.forName("ISO-8859-13"),
            Charset.forName("windows-1250"), Charset.forName("ISO-8859-2"));
    private static final String GOOD_LETTERS = "õäöüšžÕÄÖÜŠŽąćęłńóśźżĄĆĘŁŃÓŚŹŻéÉ";
    private static final String GOOD_SIGNS = "„“”–—€«»’‘•…°§";

    private CharsetGuess() {
    }

    public static Charset guess(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Charset cs : LEGACY) {
            int score = score(new String(bytes, cs));
            if (score > bestScore) {
                bestScore = score;
                best = cs;
            }
        }
        if (bestScore < 0) {
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match != null && Charset.isSupported(match.getName())) {
                return Charset.forName(match.getName());
            }
        }
        return best;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Points for letters of et/pl, less for signs, minus for what these languages never write. */
    static int score(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (GOOD_LETTERS.indexOf(c) >= 0) {
                score += 2;
            } else if (GOOD_SIGNS.indexOf(c) >= 0 || c == '\u00A0') {
                score += 1;
            } else {
                score -= 3;
            }
        }
        return score;
    }
}
