package eu.leadercoop.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its stems: the first takes the token's place, the others are stacked at the
 * same position (so a query for any of them matches, and phrases still line up). A stemming function
 * returning an empty list leaves the token as it is; keyword-marked tokens are never stemmed.
 */
final class StemVariantsFilter extends TokenFilter {

    private final Function<String, List<String>> stems;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    StemVariantsFilter(TokenStream input, Function<String, List<String>> stems) {
        super(input);
        this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        List<String> found = stems.apply(term.toString());
        if (found.isEmpty()) {
            return true;
        }
        term.setEmpty().append(found.getFirst());
        if (found.size() > 1) {
            pending.addAll(found.subList(1, found.size()));
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
