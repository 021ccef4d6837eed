package eu.leadercoop.registry.time;

/**
 * One piece of a text as the date grammar sees it: a run of ASCII digits, a run of letters, or one
 * punctuation character. Whitespace is not a token; {@link #spaceBefore} records whether there was some.
 *
 * @param kind        what the token is
 * @param raw         the characters as written
 * @param folded      for words, the {@linkplain DateVocabulary#fold folded} form; otherwise {@code raw}
 * @param start       index of the first character in the text
 * @param end         index after the last character
 * @param spaceBefore whether whitespace separates this token from the previous one
 */
record Token(Kind kind, String raw, String folded, int start, int end, boolean spaceBefore) {

    enum Kind { NUMBER, WORD, DOT, SLASH, DASH, COMMA, SEMICOLON, OTHER }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isWord(String foldedWord) {
        return kind == Kind.WORD && folded.equals(foldedWord);
    }

    /** A number written with exactly {@code digits} digits ("08" has two). */
    boolean isNumber(int digits) {
        return kind == Kind.NUMBER && raw.length() == digits;
    }

    /** A number of one or two digits: a day, a month or a quarter. */
    boolean isSmallNumber() {
        return kind == Kind.NUMBER && raw.length() <= 2;
    }

    /** The value of a number token of at most four digits. */
    int value() {
        return Integer.parseInt(raw);
    }

    /** Whether this token touches the previous one, as "06" does in "08.06". */
    boolean glued() {
        return !spaceBefore;
    }

    /** The plain ASCII hyphen, which ISO dates use; other dashes only ever separate a range. */
    boolean isHyphen() {
        return kind == Kind.DASH && raw.equals("-");
    }
}
