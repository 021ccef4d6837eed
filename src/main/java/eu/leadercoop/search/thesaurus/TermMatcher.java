package eu.leadercoop.search.thesaurus;

import eu.leadercoop.search.Concept;
import eu.leadercoop.search.analysis.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds the terms of concepts in a text, both analysed by the index's own analysers, so that inflected
 * and unaccented forms match the base forms of the thesaurus: {@code õppereisidel} is {@code õppereis},
 * {@code wyjazdów studyjnych} is {@code wyjazd studyjny}, {@code study visits} is {@code study visit}.
 * Estonian, Polish and English terms are analysed with their language's analyser; terms in any other
 * language only folded (lower case, no diacritics), as the index treats text in those languages; every
 * term is also known folded, for texts that use a word of another language as it is.
 *
 * <p>A term of several words matches as a phrase does in the index: the same words at the same
 * distances (a stop word counts as a place). A word matches a term's word when any of their stems is the same (a Polish word can have
 * two lemmas; the Estonian stemmer can offer two stems). Thread-safe: the analysers keep their token
 * streams per thread.
 */
public final class TermMatcher {

    /** Where a concept's term was found: the concept and the characters it covers. */
    public record Match(String conceptId, int start, int end) {
    }

    /** A term's words with their positions relative to the first (a stop word between two leaves a gap). */
    private record Term(String conceptId, List<Set<String>> words, int[] positions) {
    }

    private record Word(Set<String> stems, int position, int start, int end) {
    }

    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    /** Per analyser: the terms by each stem of their first word. */
    private final Map<String, Map<String, List<Term>>> terms = new HashMap<>();

    public TermMatcher(List<Concept> concepts) {
        analyzers.put(Analyzers.ESTONIAN, Analyzers.estonian());
        analyzers.put(Analyzers.POLISH, Analyzers.polish());
        analyzers.put(Analyzers.ENGLISH, Analyzers.english());
        analyzers.put(Analyzers.FOLDED, Analyzers.folded());
        analyzers.keySet().forEach(a -> terms.put(a, new HashMap<>()));
        for (Concept concept : concepts) {
            concept.terms().forEach((language, list) -> {
                // Every term is also known folded, so that a base form written in a text of another
                // language is found (hackathon in an Estonian text).
                Set<String> analysers = new LinkedHashSet<>(List.of(analyserOf(language), Analyzers.FOLDED));
                for (String analyser : analysers) {
                    for (String term : list) {
                        add(concept.id(), term, analyser);
                    }
                }
            });
        }
    }

    private void add(String conceptId, String term, String analyser) {
        List<Word> words = words(term, analyser);
        if (words.isEmpty()) {
            return;
        }
        int first = words.getFirst().position();
        Term t = new Term(conceptId, words.stream().map(Word::stems).toList(),
                words.stream().mapToInt(w -> w.position() - first).toArray());
        for (String stem : t.words().getFirst()) {
            terms.get(analyser).computeIfAbsent(stem, s -> new ArrayList<>()).add(t);
        }
    }

    /** The analyser that terms and texts in {@code language} go through: their own, or only folding. */
    public static String analyserOf(String language) {
        return Analyzers.LANGUAGES.contains(language) ? language : Analyzers.FOLDED;
    }

    /**
     * The terms found in {@code text} when it is analysed by {@code analyser} (a language of
     * {@link Analyzers#LANGUAGES} or {@link Analyzers#FOLDED}), only terms that analyser is for.
     */
    public List<Match> find(String text, String analyser) {
        Map<String, List<Term>> byStem = terms.get(analyser);
        if (text == null || text.isBlank() || byStem.isEmpty()) {
            return List.of();
        }
        List<Word> words = words(text, analyser);
        List<Match> found = new ArrayList<>();
        Set<Term> seenHere = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            seenHere.clear();
            for (String stem : words.get(i).stems()) {
                for (Term term : byStem.getOrDefault(stem, List.of())) {
                    if (seenHere.add(term) && matchesAt(term, words, i)) {
                        found.add(new Match(term.conceptId(), words.get(i).start(), endOf(term, words, i)));
                    }
                }
            }
        }
        return found;
    }

    /** Where the term found at word {@code at} ends: the end of the word at its last position. */
    private static int endOf(Term term, List<Word> words, int at) {
        int last = words.get(at).position() + term.positions()[term.positions().length - 1];
        int end = words.get(at).end();
        for (int j = at; j < words.size() && words.get(j).position() <= last; j++) {
            end = Math.max(end, words.get(j).end());
        }
        return end;
    }

    /** Whether the term's other words are at their positions after the word at {@code at}, as a phrase. */
    private static boolean matchesAt(Term term, List<Word> words, int at) {
        int j = at;
        for (int k = 1; k < term.words().size(); k++) {
            int wanted = words.get(at).position() + term.positions()[k];
            while (j < words.size() && words.get(j).position() < wanted) {
                j++;
            }
            if (j == words.size() || words.get(j).position() != wanted
                    || words.get(j).stems().stream().noneMatch(term.words().get(k)::contains)) {
                return false;
            }
        }
        return true;
    }

    /** The words of {@code text} as the analyser sees them: each word's stems stacked at its position. */
    private List<Word> words(String text, String analyser) {
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = analyzers.get(analyser).tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                if (increment.getPositionIncrement() == 0 && !words.isEmpty()) {
                    words.getLast().stems().add(term.toString());
                } else {
                    Set<String> stems = new HashSet<>(4);
                    stems.add(term.toString());
                    words.add(new Word(stems, position, offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text held in memory", e);
        }
        return words;
    }
}
