package eu.leadercoop.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with submitted data, named by its field path ({@code partners[2].budget.currency}).
 * {@code code} and {@code arguments} let pages show the message in the reader's language;
 * {@code message} is the English text the API returns.
 */
public record FieldProblem(String field, String code, List<Object> arguments, String message) {

    /** {@code arguments} may hold {@code null} (the value submitted was null). */
    public static FieldProblem of(String field, String code, String message, Object... arguments) {
        return new FieldProblem(field, code, Collections.unmodifiableList(Arrays.asList(arguments.clone())), message);
    }
}
