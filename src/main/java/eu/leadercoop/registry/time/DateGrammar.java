package eu.leadercoop.registry.time;

import static eu.leadercoop.registry.time.Token.Kind.COMMA;
import static eu.leadercoop.registry.time.Token.Kind.DASH;
import static eu.leadercoop.registry.time.Token.Kind.SEMICOLON;
import static eu.leadercoop.registry.time.Token.Kind.SLASH;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranges and lists of dates, built from the single dates {@link SingleDateGrammar} recognises.
 *
 * <pre>
 * expression := shape (joint shape)*                   joint: , ; ja ning i oraz and
 * shape      := [od | from | alates] date [separator date]
 * separator  := any dash | to | until | till | kuni | do | "/" between two dates that begin with a year
 * </pre>
 *
 * <p>Every rule looks a bounded number of tokens ahead and never backtracks further, so reading is
 * linear in the length of the text whatever it contains. The grammar only recognises shapes; whether
 * the numbers make a real date, and what an incomplete date borrows from its neighbours, is decided
 * afterwards by {@link DateReader} and {@link WrittenDate}.
 */
final class DateGrammar {

    /**
     * One date, or a range of two, as written.
     *
     * @param end     the end of a range, {@code null} for a single date
     * @param problem why the shape cannot be read although it looks like a date, else {@code null}
     */
    record Shape(WrittenDate start, WrittenDate end, int firstToken, int endToken, String problem) {

        /** Whether the shape needs nothing from a later date. */
        boolean isComplete() {
            return problem != null || end != null || start.isComplete();
        }
    }

    /**
     * Shapes joined into a list, as in "2020. ja 2021. aasta märtsis".
     *
     * @param endToken     index after the last shape kept
     * @param scannedToken index after the last shape read; trailing shapes that could never be completed
     *                     are dropped, and a caller searching a text may skip them too
     */
    record Expression(List<Shape> shapes, int endToken, int scannedToken) {
    }

    private final Tokens tokens;
    private final SingleDateGrammar dates;
    /** Whether days without a year are given one, so that "16.-17. juunil" is a range too. */
    private final boolean yearOfDays;

    DateGrammar(Tokens tokens, boolean yearOfDays) {
        this.tokens = tokens;
        this.dates = new SingleDateGrammar(tokens);
        this.yearOfDays = yearOfDays;
    }

    /** The expression beginning at token {@code i}, or {@code null} if no date begins there. */
    Expression expression(int i) {
        Shape first = shape(i);
        if (first == null) {
            return null;
        }
        List<Shape> shapes = new ArrayList<>(List.of(first));
        int end = first.endToken();
        while (isListJoint(end)) {
            Shape next = shape(end + 1);
            if (next == null) {
                break;
            }
            shapes.add(next);
            end = next.endToken();
        }
        // Borrowing goes from later dates to earlier ones, so incomplete trailing shapes stay incomplete.
        while (shapes.size() > 1 && !shapes.getLast().isComplete()) {
            shapes.removeLast();
        }
        return new Expression(List.copyOf(shapes), shapes.getLast().endToken(), end);
    }

    private Shape shape(int i) {
        boolean opened = tokens.isWord(i, DateVocabulary::isRangeOpener);
        WrittenDate start = dates.date(opened ? i + 1 : i);
        if (start == null) {
            return null;
        }
        int separator = start.endToken();
        if (isRangeSeparator(separator, start)) {
            WrittenDate end = dates.date(separator + 1);
            if (end == null || !canPair(start, end)) {
                end = dates.dayAndYear(separator + 1);
            }
            if (end != null && canPair(start, end)) {
                return new Shape(start, end, i, end.endToken(), null);
            }
        }
        String problem = opened ? "'" + tokens.at(i).raw() + "' begins a range that has no end" : null;
        return new Shape(start, null, i, start.endToken(), problem);
    }

    // Two dates make a range only if together they can be completed; otherwise the dash means
    // something else ("2024 - 5 osalejat").
    private boolean canPair(WrittenDate start, WrittenDate end) {
        boolean year = start.hasYear() || end.hasYear() || yearOfDays && end.hasDay() && end.hasMonth();
        boolean startMonth = !start.hasDay() || start.hasMonth() || end.hasMonth();
        boolean endMonth = !end.hasDay() || end.hasMonth() || start.hasMonth();
        return year && startMonth && endMonth;
    }

    private boolean isRangeSeparator(int i, WrittenDate start) {
        // "2023/2024", "2024-01/2025-06"; in "11/2024" the slash belongs to the date itself.
        boolean yearSlash = tokens.is(i, SLASH) && tokens.isNumber(start.firstToken(), 4) && tokens.isNumber(i + 1, 4);
        return tokens.is(i, DASH) || tokens.isWord(i, DateVocabulary::isRangeWord) || yearSlash;
    }

    private boolean isListJoint(int i) {
        return tokens.is(i, COMMA) || tokens.is(i, SEMICOLON) || tokens.isWord(i, DateVocabulary::isListWord);
    }
}
