package eu.leadercoop.search.analysis;

import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;

/**
 * Polish stems: the lemmas of Morfologik's dictionary when it knows the word ({@code wyjazdów} is
 * {@code wyjazd}, {@code działania} is {@code działanie} or {@code działać}), else the Stempel
 * stemmer's guess, which also copes with words typed without diacritics ({@code dzialania} becomes
 * {@code dzialać}, which folds to the same {@code dzialac} as {@code działać}). One instance per
 * token stream: neither lookup is thread-safe.
 */
final class PolishStems {

    private static final Dictionary DICTIONARY = new PolishStemmer().getDictionary();

    private final DictionaryLookup lemmas = new DictionaryLookup(DICTIONARY);
    private final StempelStemmer stempel = new StempelStemmer(PolishAnalyzer.getDefaultTable());

    List<String> of(String word) {
        List<String> found = new ArrayList<>(2);
        for (WordData data : lemmas.lookup(word)) {
            String lemma = data.getStem().toString().toLowerCase(java.util.Locale.ROOT);
            if (!found.contains(lemma)) {
                found.add(lemma);
            }
        }
        if (found.isEmpty()) {
            StringBuilder stem = stempel.stem(word);
            if (stem != null && !stem.isEmpty()) {
                found.add(stem.toString());
            }
        }
        return found;
    }
}
