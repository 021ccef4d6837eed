package eu.leadercoop.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its stems: the first takes the token's place, the others are stacked at the
 * same position (so a query for any of them matches, and phrases still line up). With
 * {@code keepWord}, the word as it came is stacked too where no stem equals it. A stemming function
 * returning an empty list leaves the token as it is; keyword-marked tokens are never stemmed.
 *
 * <p>The stems of the words seen last are remembered (up to {@link #CACHE_SIZE} words, then forgotten
 * all at once): texts repeat their words, and a dictionary lookup costs far more than a hash lookup
 * on the term's characters. The stemming function must give the same stems for the same word. Each
 * filter instance belongs to one thread's token stream, so the cache needs no locking.
 *
 * <p>A stacked token changes only the term and the position increment of the token before it: the
 * other attributes (offsets, type) are still that token's, so no state is captured and restored,
 * which halved this filter's cost. The filters after this one in our chains change only the term.
 */
final class StemVariantsFilter extends TokenFilter {

    static final int CACHE_SIZE = 20_000;

    private final Function<String, List<String>> stems;
    private final boolean keepWord;
    private final CharArrayMap<List<String>> cache = new CharArrayMap<>(1024, false);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private List<String> pending = List.of();
    private int next;

    StemVariantsFilter(TokenStream input, Function<String, List<String>> stems) {
        this(input, stems, false);
    }

    StemVariantsFilter(TokenStream input, Function<String, List<String>> stems, boolean keepWord) {
        super(input);
        this.stems = stems;
        this.keepWord = keepWord;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            term.setEmpty().append(pending.get(next++));
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        List<String> found = termsOfWord();
        if (found.isEmpty()) {
            return true;
        }
        term.setEmpty().append(found.getFirst());
        pending = found;
        next = 1;
        return true;
    }

    /** What the current word is indexed as: its stems, and the word itself when kept and no stem is it. */
    private List<String> termsOfWord() {
        List<String> found = cache.get(term.buffer(), 0, term.length());
        if (found == null) {
            String word = term.toString();
            List<String> stemsOfWord = stems.apply(word);
            if (keepWord && !stemsOfWord.isEmpty() && !stemsOfWord.contains(word)) {
                List<String> withWord = new ArrayList<>(stemsOfWord.size() + 1);
                withWord.add(word);
                withWord.addAll(stemsOfWord);
                stemsOfWord = withWord;
            }
            found = List.copyOf(stemsOfWord);
            if (cache.size() >= CACHE_SIZE) {
                cache.clear();
            }
            cache.put(word, found);
        }
        return found;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
    }
}
