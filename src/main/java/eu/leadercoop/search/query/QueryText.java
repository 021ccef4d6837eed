package eu.leadercoop.search.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words someone typed, made safe to parse as a simple query string: fuzzy edits ({@code word~N}) bounded by
 * the word's length (none for words of one or two letters, one up to five letters, two beyond, and none for
 * words longer than {@value #MAX_FUZZY_LENGTH} letters), phrase slop ({@code "a b"~N}) at most {@value #MAX_SLOP},
 * and the whole at most {@value #MAX_LENGTH} characters. Lucene refused {@code a~2} (an edit distance as long
 * as the word gives a negative boost: HTTP 500 from the highlighter), and unbounded values only cost time.
 */
final class QueryText {

    static final int MAX_LENGTH = 500;
    static final int MAX_SLOP = 10;
    static final int MAX_FUZZY_LENGTH = 30;
    private static final Pattern TILDE = Pattern.compile("(\"[^\"]*\"|[^\\s\"~()|+\\-]+)~(\\d*)");

    private QueryText() {
    }

    static String bounded(String text) {
        String t = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        if (t.indexOf('~') < 0) {
            return t;
        }
        Matcher m = TILDE.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        while (m.find()) {
            String target = m.group(1);
            int asked = m.group(2).isEmpty() ? -1 : parse(m.group(2));
            String replacement;
            if (target.startsWith("\"")) {
                replacement = target + "~" + (asked < 0 ? 0 : Math.min(asked, MAX_SLOP));
            } else {
                int letters = target.replace("*", "").length();
                int allowed = letters <= 2 || letters > MAX_FUZZY_LENGTH ? 0 : letters <= 5 ? 1 : 2;
                int edits = asked < 0 ? allowed : Math.min(asked, allowed);
                replacement = edits == 0 ? target : target + "~" + edits;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        // a tilde left on its own (after a space, a parenthesis...) means nothing: drop it
        return out.toString().replaceAll("(^|[\\s()])~\\d*", "$1");
    }

    private static int parse(String digits) {
        return digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
