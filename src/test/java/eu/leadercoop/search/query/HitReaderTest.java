package eu.leadercoop.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HitReaderTest {

    @Test
    void highlightsAreEscapedExceptForTheirMarks() {
        assertThat(HitReader.safe("Sea & <b>sun</b> <mark>õppereis</mark> \"x\""))
                .isEqualTo("Sea &amp; &lt;b&gt;sun&lt;/b&gt; <mark>õppereis</mark> &quot;x&quot;");
    }
}
