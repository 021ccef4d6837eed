package eu.leadercoop.search.query;

import eu.leadercoop.search.Concept;
import eu.leadercoop.search.Thesaurus;
import eu.leadercoop.search.index.ProjectFields;
import eu.leadercoop.search.thesaurus.TermMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query with the thesaurus concepts they name. Each word or run of words that is a term
 * of a concept ({@code study visit}, {@code Estonii}, {@code "smart villages"}) becomes a part that
 * matches either those words as typed or any project with the concept, ranked below the words
 * themselves ({@link #CONCEPT_BOOST}); the other words stay as they were, all parts must match.
 * A project "has" a concept when its texts mention any term of it in any language (the index's
 * {@link ProjectFields#CONCEPT}), and for a country or region also when a partner is there: the expansion is a few keyword terms, never the concept's dozens
 * of terms, and at most {@value #MAX_CONCEPTS} concepts per query. Queries with alternatives or
 * groups ({@code |}, parentheses) are left as typed.
 *
 * <p>The concepts are found here, in LeaderCoop, with its own analysers, so the embedded index and a
 * cluster get the same query.
 *
 * @param parts    the positive parts, in the order typed; without concepts when nothing was expanded
 * @param excluded words and phrases typed with a minus, without it (only when something was expanded)
 */
public record ExpandedWords(String text, List<Part> parts, List<String> excluded) {

    /** The most concepts one query is expanded with. */
    public static final int MAX_CONCEPTS = 8;
    /** The constant score of a match by concept alone: below any match of the words themselves. */
    static final float CONCEPT_BOOST = 0.5f;

    private static final Pattern PLUS = Pattern.compile("\\+");
    /** A quoted phrase (possibly excluded, with its slop) or any other run of characters up to a space. */
    static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"(~\\d*)?|\\S+");
    /** A word typed with no operator: no leading minus or plus, no wildcard or fuzziness. */
    static final Pattern PLAIN = Pattern.compile("[^\\s\"*~+\\-|()][^\\s\"*~|()]*");

    /**
     * Words to match as typed ({@code text}), or else any project with one of {@code concepts}.
     * {@code concepts} is empty for words that name none.
     */
    public record Part(String text, List<Concept> concepts) {

        /** The keyword terms that stand for the concepts: field and value. */
        public List<Map.Entry<String, String>> conceptTerms() {
            List<Map.Entry<String, String>> terms = new ArrayList<>();
            for (Concept c : concepts) {
                terms.add(Map.entry(ProjectFields.CONCEPT, c.id()));
                if (c.code() != null) {
                    // An event type's projects mention it in their texts; its events' types are not asked for,
                    // which would add every project with such an event, often a quarter of them, to the result.
                    switch (c.group()) {
                        case COUNTRY -> terms.add(Map.entry(ProjectFields.COUNTRY, c.code()));
                        case REGION -> terms.add(Map.entry(ProjectFields.REGION, c.code()));
                        default -> {
                        }
                    }
                }
            }
            return terms;
        }
    }

    /** Whether any words name a concept; if not, the query is searched exactly as typed. */
    public boolean expanded() {
        return parts.stream().anyMatch(p -> !p.concepts().isEmpty());
    }

    /** The words as typed, nothing expanded. */
    public static ExpandedWords asTyped(String text) {
        return new ExpandedWords(text, List.of(new Part(text, List.of())), List.of());
    }

    /** The words of {@code query} with the concepts of {@code thesaurus} they name. */
    public static ExpandedWords of(eu.leadercoop.search.SearchQuery query, Thesaurus thesaurus) {
        return of(QueryText.bounded(query.text()), thesaurus);
    }

    /** {@code text} (already bounded, see {@link QueryText}) with the concepts of {@code thesaurus} its words name. */
    public static ExpandedWords of(String typed, Thesaurus thesaurus) {
        String text = typed;
        if (text.isBlank() || text.indexOf('|') >= 0 || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            return asTyped(typed);
        }
        // '+' means "and" in the simple query syntax, as a space does with our default operator: "study+visit"
        // is two words (and arrives so from a query string that was not form-decoded)
        text = PLUS.matcher(text).replaceAll(" ");
        List<Part> parts = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> plainRun = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int[] budget = {MAX_CONCEPTS};
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            if (PLAIN.matcher(token).matches()) {
                plainRun.add(token);
                continue;
            }
            expandRun(plainRun, thesaurus, parts, rest, budget);
            plainRun.clear();
            if (token.startsWith("-") && token.length() > 1) {
                excluded.add(token.substring(1));
            } else if (token.startsWith("\"") && token.endsWith("\"") && token.length() > 2) {
                List<Concept> whole = wholeMatch(token.substring(1, token.length() - 1), thesaurus, budget);
                addPart(parts, rest, token, whole);
            } else {
                addPart(parts, rest, token, List.of());
            }
        }
        expandRun(plainRun, thesaurus, parts, rest, budget);
        if (parts.stream().allMatch(p -> p.concepts().isEmpty())) {
            return asTyped(typed);
        }
        if (!rest.isEmpty()) {
            parts.add(new Part(rest.toString(), List.of()));
        }
        return new ExpandedWords(typed, List.copyOf(parts), List.copyOf(excluded));
    }

    /** Words with concepts become parts of their own; the others join {@code rest}. */
    private static void addPart(List<Part> parts, StringBuilder rest, String words, List<Concept> concepts) {
        if (concepts.isEmpty()) {
            rest.append(rest.isEmpty() ? "" : " ").append(words);
        } else {
            parts.add(new Part(words, concepts));
        }
    }

    /**
     * Finds the concepts named in a run of plain words: the longest terms first, never two overlapping,
     * each covering whole words.
     */
    private static void expandRun(List<String> words, Thesaurus thesaurus, List<Part> parts, StringBuilder rest, int[] budget) {
        if (words.isEmpty()) {
            return;
        }
        String run = String.join(" ", words);
        int[] starts = new int[words.size()];
        for (int i = 0, at = 0; i < words.size(); i++) {
            starts[i] = at;
            at += words.get(i).length() + 1;
        }
        List<Span> spans = new ArrayList<>();
        for (TermMatcher.Match m : thesaurus.mentionsIn(run)) {
            spans.add(new Span(wordAt(starts, m.start()), wordAt(starts, m.end() - 1), m.conceptId()));
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.last() - s.first()).reversed().thenComparingInt(Span::first));
        boolean[] taken = new boolean[words.size()];
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            if (budget[0] == 0) {
                break;
            }
            boolean sameWords = kept.stream().anyMatch(k -> k.first() == s.first() && k.last() == s.last());
            boolean overlaps = false;
            for (int i = s.first(); i <= s.last(); i++) {
                overlaps |= taken[i];
            }
            // Words that name two concepts (in two languages) stand for both; a shorter term inside a longer one for none.
            if (overlaps && !sameWords) {
                continue;
            }
            if (kept.stream().noneMatch(k -> k.first() == s.first() && k.last() == s.last() && k.conceptId().equals(s.conceptId()))) {
                kept.add(s);
                budget[0]--;
            }
            for (int i = s.first(); i <= s.last(); i++) {
                taken[i] = true;
            }
        }
        for (int i = 0; i < words.size(); ) {
            int at = i;
            List<Span> here = kept.stream().filter(k -> k.first() == at).toList();
            if (here.isEmpty()) {
                addPart(parts, rest, words.get(i), List.of());
                i++;
            } else {
                int last = here.getFirst().last();
                Set<Concept> concepts = new LinkedHashSet<>();
                here.forEach(k -> thesaurus.concept(k.conceptId()).ifPresent(concepts::add));
                addPart(parts, rest, String.join(" ", words.subList(i, last + 1)), List.copyOf(concepts));
                i = last + 1;
            }
        }
    }

    private static List<Concept> wholeMatch(String phrase, Thesaurus thesaurus, int[] budget) {
        Set<Concept> concepts = new LinkedHashSet<>();
        for (TermMatcher.Match m : thesaurus.mentionsIn(phrase)) {
            if (m.start() == firstLetter(phrase) && m.end() == phrase.stripTrailing().length() && budget[0] > 0) {
                thesaurus.concept(m.conceptId()).filter(concepts::add).ifPresent(c -> budget[0]--);
            }
        }
        return List.copyOf(concepts);
    }

    private static int firstLetter(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordAt(int[] starts, int offset) {
        int word = 0;
        while (word + 1 < starts.length && starts[word + 1] <= offset) {
            word++;
        }
        return word;
    }

    private record Span(int first, int last, String conceptId) {
    }
}
