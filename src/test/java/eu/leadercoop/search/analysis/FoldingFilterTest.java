package eu.leadercoop.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The table-driven folding gives exactly Lucene's ASCIIFoldingFilter terms. */
class FoldingFilterTest {

    @Test
    void everyCharacterFoldsAsLucenesFilterFoldsIt() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0x21; c < 0x10000; c++) {
            if (!Character.isWhitespace(c) && !Character.isSurrogate((char) c)) {
                text.append("a").append((char) c).append("b ");
            }
        }
        assertThat(terms(text.toString(), FoldingFilter::new)).isEqualTo(terms(text.toString(), ASCIIFoldingFilter::new));
    }

    @Test
    void wordsFoldAsLucenesFilterFoldsThem() throws IOException {
        String alphabet = "aäõöüšžAÄÕÖÜąćęłńóśźżĄĆĘŁŃÓŚŹŻ æßøÆØþð①⑽ﬁ…«»–—‘’“”€ xyz0123456789-";
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("Koostöökogu Źródłowice-ką õppereisid ");
        for (int i = 0; i < 20_000; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        assertThat(terms(text.toString(), FoldingFilter::new)).isEqualTo(terms(text.toString(), ASCIIFoldingFilter::new));
    }

    private static List<String> terms(String text, UnaryOperator<TokenStream> folding) throws IOException {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = folding.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
