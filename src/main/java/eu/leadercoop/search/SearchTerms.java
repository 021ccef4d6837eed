package eu.leadercoop.search;

import eu.leadercoop.search.analysis.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words as the project index keeps them (Estonian, Polish and English stems, diacritics folded), for
 * matching a small collection in memory the way the index matches projects: a cooperation offer in any
 * language is found by {@code õppereisid}, {@code oppereis} or {@code wyjazdów studyjnych} when it says
 * {@code õppereis} or {@code wyjazd studyjny}. A text is analysed by every language's analyzer, since
 * the reader's words need not be in the text's language.
 */
public final class SearchTerms {

    private static final List<Analyzer> ANALYZERS = List.of(Analyzers.estonian(), Analyzers.polish(), Analyzers.english(),
            Analyzers.folded());

    private SearchTerms() {
    }

    /** Every term any language's analysis keeps for this text. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        for (Analyzer analyzer : ANALYZERS) {
            analyse(analyzer, text, terms);
        }
        return terms;
    }

    /**
     * The words of a query, each with the terms it may match (its forms in every language); stop words
     * of every language are left out, as the index leaves them out.
     */
    public static List<Set<String>> perWord(String query) {
        List<Set<String>> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        for (String word : query.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            boolean stopWord = false;
            for (Analyzer analyzer : ANALYZERS.subList(0, 3)) {
                Set<String> own = new LinkedHashSet<>();
                analyse(analyzer, word, own);
                stopWord |= own.isEmpty();
                forms.addAll(own);
            }
            if (!forms.isEmpty() && !stopWord) {
                analyse(ANALYZERS.get(3), word, forms);
                words.add(forms);
            }
        }
        return words;
    }

    /** Whether a text's terms hold every word of a query (each in any of its forms); an empty query matches all. */
    public static boolean matchesAll(Set<String> terms, List<Set<String>> query) {
        for (Set<String> word : query) {
            if (word.stream().noneMatch(terms::contains)) {
                return false;
            }
        }
        return true;
    }

    private static void analyse(Analyzer analyzer, String text, Set<String> into) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
