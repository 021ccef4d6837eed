package eu.leadercoop.registry.time;

import static eu.leadercoop.registry.time.Token.Kind.DASH;
import static eu.leadercoop.registry.time.Token.Kind.DOT;
import static eu.leadercoop.registry.time.Token.Kind.NUMBER;
import static eu.leadercoop.registry.time.Token.Kind.SLASH;
import static eu.leadercoop.registry.time.Token.Kind.WORD;

import eu.leadercoop.registry.time.DateGrammar.Expression;
import eu.leadercoop.registry.time.DateGrammar.Shape;
import eu.leadercoop.registry.time.PartialDates.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the dates of one text: strictly, when the whole text must be dates ({@link #readAll}), or
 * leniently, when dates are searched for inside a longer line ({@link #find}).
 */
final class DateReader {

    /** What a shape turned out to be: a range, or the reason it cannot be one. */
    private record Outcome(Shape shape, PartialDateRange range, String error) {
    }

    private final String text;
    private final Tokens tokens;
    private final DateGrammar grammar;
    /** The year of a day and month written without one ("10 maja"), or {@link WrittenDate#NONE} to refuse it. */
    private final int yearOfDays;

    DateReader(String text) {
        this(text, WrittenDate.NONE);
    }

    DateReader(String text, int yearOfDays) {
        if (text == null) {
            throw new PartialDateParseException(null, "no text was given (null)");
        }
        if (text.length() > PartialDates.MAX_INPUT_LENGTH) {
            throw new PartialDateParseException(text, "the text is longer than " + PartialDates.MAX_INPUT_LENGTH
                    + " characters; split it into lines or paragraphs first");
        }
        this.text = text;
        this.tokens = new Tokens(text);
        this.grammar = new DateGrammar(tokens, yearOfDays != WrittenDate.NONE);
        this.yearOfDays = yearOfDays;
    }

    /** The dates and ranges that make up the whole text, in order; anything else is an error. */
    List<PartialDateRange> readAll() {
        if (tokens.size() == 0) {
            throw error("there is no date in an empty text");
        }
        int first = tokens.size() > 1 && tokens.isWord(0, DateVocabulary::isPreposition) ? 1 : 0;
        Expression expression = grammar.expression(first);
        if (expression == null) {
            throw error("'" + tokens.at(first).raw() + "' does not begin a date");
        }
        List<Outcome> outcomes = resolve(expression);
        for (Outcome outcome : outcomes) {
            if (outcome.error() != null) {
                throw error(outcome.error());
            }
        }
        if (expression.endToken() < tokens.size()) {
            Shape last = expression.shapes().getLast();
            throw error("unexpected '" + tokens.at(expression.endToken()).raw() + "' after '" + written(last) + "'");
        }
        return outcomes.stream().map(Outcome::range).toList();
    }

    /**
     * Every date in the text with where it is written. Text that is not a date is skipped; so is a date
     * that cannot be read (an impossible day, a two-digit year), whole, so that no part of it is
     * reported as a different date.
     */
    List<Match> find() {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Expression expression = startsCleanly(i) ? grammar.expression(i) : null;
            if (expression == null) {
                i++;
                continue;
            }
            if (endsCleanly(expression.endToken())) {
                List<Outcome> outcomes = resolve(expression);
                // An unreadable date takes the dates before it along: they may have borrowed from it.
                int from = 0;
                for (int k = 0; k < outcomes.size(); k++) {
                    if (outcomes.get(k).error() != null) {
                        from = k + 1;
                    }
                }
                outcomes.subList(from, outcomes.size()).forEach(outcome -> matches.add(match(outcome)));
            }
            i = Math.max(expression.scannedToken(), i + 1);
        }
        return matches;
    }

    // Later dates lend what earlier ones lack; inside a range the start also lends to the end.
    private List<Outcome> resolve(Expression expression) {
        List<Shape> shapes = expression.shapes();
        Outcome[] outcomes = new Outcome[shapes.size()];
        WrittenDate later = null;
        for (int k = shapes.size() - 1; k >= 0; k--) {
            Shape shape = shapes.get(k);
            WrittenDate start = shape.start();
            WrittenDate end = shape.end();
            if (end != null) {
                end = end.borrowFromEarlier(start);
                start = start.borrowFromLater(end, false);
                end = end.withYearOfDays(yearOfDays);
            } else if (later != null) {
                start = start.borrowFromLater(later, true);
            }
            start = start.withYearOfDays(yearOfDays);
            outcomes[k] = outcome(shape, start, end);
            later = start;
        }
        return List.of(outcomes);
    }

    private Outcome outcome(Shape shape, WrittenDate start, WrittenDate end) {
        try {
            if (shape.problem() != null) {
                throw new IllegalArgumentException(shape.problem());
            }
            PartialDate first = start.toPartialDate();
            PartialDate last = end == null ? first : end.toPartialDate();
            return new Outcome(shape, new PartialDateRange(first, last), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(shape, null, "'" + written(shape) + "': " + e.getMessage());
        }
    }

    // A date glued to a word or number before it is part of something else: "LINC2024", "12/13/2024";
    // a number right before it makes it part of a phone number or an amount: "+372 552 2385".
    private boolean startsCleanly(int i) {
        boolean glued = tokens.at(i).glued();
        if (tokens.is(i - 1, NUMBER) || glued && tokens.is(i - 1, WORD)) {
            return false;
        }
        return !(glued && isJoiningPunctuation(i - 1) && tokens.at(i - 1).glued() && tokens.is(i - 2, NUMBER));
    }

    // Likewise after the date: "2024abc", "2021/1" (a project number, not the year 2021).
    private boolean endsCleanly(int end) {
        Token next = tokens.at(end);
        if (next == null || !next.glued()) {
            return true;
        }
        if (next.is(NUMBER) || next.is(WORD)) {
            return false;
        }
        return !(isJoiningPunctuation(end) && tokens.isGluedNumber(end + 1));
    }

    private boolean isJoiningPunctuation(int i) {
        return tokens.is(i, DOT) || tokens.is(i, SLASH) || tokens.is(i, DASH);
    }

    private Match match(Outcome outcome) {
        Shape shape = outcome.shape();
        int start = tokens.at(shape.firstToken()).start();
        int end = tokens.at(shape.endToken() - 1).end();
        // A dot after the final number ends a sentence or an Estonian ordinal: "2021-2027." is "2021-2027".
        if (shape.endToken() - shape.firstToken() >= 2 && tokens.is(shape.endToken() - 1, DOT)
                && tokens.is(shape.endToken() - 2, NUMBER)) {
            end = tokens.at(shape.endToken() - 2).end();
        }
        return new Match(outcome.range(), start, end, text.substring(start, end));
    }

    private String written(Shape shape) {
        return text.substring(tokens.at(shape.firstToken()).start(), tokens.at(shape.endToken() - 1).end());
    }

    private PartialDateParseException error(String reason) {
        return new PartialDateParseException(text, reason);
    }
}
