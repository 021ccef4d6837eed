package eu.leadercoop.registry;

import java.util.List;
import java.util.stream.Collectors;

/** Submitted data was refused; nothing was saved. Lists every problem found, not just the first. */
public class InvalidDraftException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidDraftException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
