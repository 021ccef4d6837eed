package eu.leadercoop.search.thesaurus;

import java.util.List;

/** A thesaurus file that cannot be used, with every problem found in it ({@code file:line: what}). */
public final class ThesaurusFormatException extends RuntimeException {

    private final List<String> problems;

    public ThesaurusFormatException(List<String> problems) {
        super(problems.size() + " problem(s) in the thesaurus:\n" + String.join("\n", problems.subList(0, Math.min(50, problems.size()))));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
