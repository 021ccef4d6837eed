package eu.leadercoop.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference number named in prose, where no section is labelled with it: a reference label inside a
 * sentence ({@code projekta numurs 2022.LV/NVOF/MIC/026/01}, {@code reg. č.: 15/022/4210a/563/000029}), or a word
 * for what the number belongs to (vocabulary {@code reference.owner}: project, agreement) and, at most three words
 * later, a number word ({@code reference.number}: {@code projekta Nr. 18-00-A019.333-000014}, {@code Umowy o
 * przyznaniu pomocy nr 00019-6936-UM1020020/22}, {@code projekt Nr. LLI-136}). The first one written is taken.
 *
 * <p>A number is a code, not a count: it has a digit, and a separator or five characters ({@code nr 2} is the
 * second of something); a date is not a number.
 */
final class ReferenceMentions {

    private static final String CODE = "([\\p{L}\\p{N}][\\p{L}\\p{N}/._-]{0,60})";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final Pattern LABELLED = Pattern.compile(
            START + "(?:" + Vocabulary.get().alternation("label.reference") + ")\\.?\\s*:?\\s*" + CODE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OWNED = Pattern.compile(
            START + "(?:" + Vocabulary.get().alternation("reference.owner") + ")(?:\\s+\\p{Ll}+){0,3}?\\s+(?:"
                    + Vocabulary.get().alternation("reference.number") + ")(?![\\p{L}\\p{N}])\\.?\\s*:?\\s*" + CODE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    private static final int MIN_LENGTH = 4;
    private static final int PLAIN_LENGTH = 5;

    private ReferenceMentions() {
    }

    /** The first reference number named in the lines' prose, or null. */
    static ReferenceReader.Found read(SourceText src, Marks marks) {
        for (Line line : src.lines()) {
            if (!Text.hasDigit(line.text())) {
                continue;
            }
            ReferenceReader.Found found = first(line, LABELLED.matcher(line.text()), OWNED.matcher(line.text()));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The number that comes first on the line from either pattern. */
    private static ReferenceReader.Found first(Line line, Matcher labelled, Matcher owned) {
        ReferenceReader.Found a = next(line, labelled);
        ReferenceReader.Found b = next(line, owned);
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.start() <= b.start() ? a : b;
    }

    private static ReferenceReader.Found next(Line line, Matcher m) {
        while (m.find()) {
            String code = WebsiteReader.trimEnd(m.group(1));
            if (isCode(code)) {
                int start = line.start() + m.start(1);
                return new ReferenceReader.Found(code, start, start + code.length());
            }
        }
        return null;
    }

    private static boolean isCode(String code) {
        if (code.length() < MIN_LENGTH || !Text.hasDigit(code) || DATE.matcher(code).matches()) {
            return false;
        }
        boolean separated = code.chars().anyMatch(c -> "/.-_".indexOf(c) >= 0);
        return separated || code.length() >= PLAIN_LENGTH;
    }
}
