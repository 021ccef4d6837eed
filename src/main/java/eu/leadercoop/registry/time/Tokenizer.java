package eu.leadercoop.registry.time;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into {@link Token}s in one pass, so that parsing time grows linearly with the text. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean spaceBefore = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaceBefore = true;
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isAsciiDigit(c)) {
                while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < text.length() && isWordCharacter(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.WORD;
            } else {
                i++;
                kind = punctuation(c);
            }
            String raw = text.substring(start, i);
            String folded = kind == Token.Kind.WORD ? DateVocabulary.fold(raw) : raw;
            tokens.add(new Token(kind, raw, folded, start, i, spaceBefore || tokens.isEmpty()));
            spaceBefore = false;
        }
        return tokens;
    }

    // Only ASCII digits make numbers: other scripts' digits are not how these pages write dates.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // Combining marks belong to the word, so decomposed text ("ma\u0308rts") stays one word.
    private static boolean isWordCharacter(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static Token.Kind punctuation(char c) {
        return switch (c) {
            case '.' -> Token.Kind.DOT;
            case '/' -> Token.Kind.SLASH;
            case ',' -> Token.Kind.COMMA;
            case ';' -> Token.Kind.SEMICOLON;
            // hyphen, hyphen variants, figure dash, en dash, em dash, horizontal bar, minus, small/fullwidth hyphen
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
                    Token.Kind.DASH;
            default -> Token.Kind.OTHER;
        };
    }
}
