package eu.leadercoop.registry.time;

import java.util.List;
import java.util.function.Predicate;

/**
 * The tokens of one text with the questions the grammar asks about them. Asking beyond either end
 * gives "no", so the grammar can look ahead without bounds checks.
 */
final class Tokens {

    private final List<Token> tokens;

    Tokens(String text) {
        this.tokens = Tokenizer.tokenize(text);
    }

    int size() {
        return tokens.size();
    }

    /** The token at {@code i}, or {@code null} if there is none. */
    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    boolean is(int i, Token.Kind kind) {
        Token t = at(i);
        return t != null && t.is(kind);
    }

    boolean isNumber(int i, int digits) {
        Token t = at(i);
        return t != null && t.isNumber(digits);
    }

    /** A number touching what precedes it, as the "2024" of "08.11.2024". */
    boolean isGluedNumber(int i) {
        Token t = at(i);
        return t != null && t.glued() && t.is(Token.Kind.NUMBER);
    }

    /** A word from a vocabulary, judged by {@code test} on its folded form. */
    boolean isWord(int i, Predicate<String> test) {
        Token t = at(i);
        return t != null && t.is(Token.Kind.WORD) && test.test(t.folded());
    }
}
