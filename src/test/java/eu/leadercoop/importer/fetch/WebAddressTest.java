package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.importer.fetch.FetchProblem.Kind;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.leader.ee/koostooprojektid|https://www.leader.ee/koostooprojektid",
            "  HTTP://Example.ORG  |http://example.org/",
            "www.leader.ee/projekt?id=3#partnerid|https://www.leader.ee/projekt?id=3",
            "partnerluskogu.ee:8080/uudised|https://partnerluskogu.ee:8080/uudised",
            "https://www.example.ee/koostööprojekt 2024|https://www.example.ee/koost%C3%B6%C3%B6projekt%202024",
            "https://põlva.ee/projektid|https://xn--plva-0qa.ee/projektid",
            "http://[2001:db8::1]:8080/a|http://[2001:db8::1]:8080/a"})
    void takesAddressesAsPeopleWriteThem(String given, String expected) throws Exception {
        assertThat(WebAddress.parse(given)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)",
            "gopher://example.org/", "mailto:info@example.ee", "data:text/html,hi"})
    void refusesOtherSchemesNamingThem(String given) {
        assertThatThrownBy(() -> WebAddress.parse(given)).isInstanceOfSatisfying(FetchProblem.Exception.class, e -> {
            assertThat(e.problem().kind()).isEqualTo(Kind.SCHEME);
            assertThat(given).startsWith(e.problem().args().get(0));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not an address", "projekt", "https://", "https:///path", "http://user:pw@example.org/",
            "https://example.org/%zz", "http://exa mple.org/", "https://example.org:99999/", "//example.org/page"})
    void refusesWhatIsNoAddress(String given) {
        assertThatThrownBy(() -> WebAddress.parse(given)).isInstanceOfSatisfying(FetchProblem.Exception.class,
                e -> assertThat(e.problem().kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void resolvesRedirectsAgainstTheAddressThatAnsweredAndChecksThemAgain() throws Exception {
        URI base = URI.create("https://www.example.ee/projektid/a");
        assertThat(WebAddress.resolve(base, "b?x=1")).isEqualTo(URI.create("https://www.example.ee/projektid/b?x=1"));
        assertThat(WebAddress.resolve(base, "/uus")).isEqualTo(URI.create("https://www.example.ee/uus"));
        assertThat(WebAddress.resolve(base, "//cdn.example.ee/p")).isEqualTo(URI.create("https://cdn.example.ee/p"));
        assertThatThrownBy(() -> WebAddress.resolve(base, "ftp://example.org/"))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> assertThat(e.problem().kind()).isEqualTo(Kind.SCHEME));
        assertThatThrownBy(() -> WebAddress.resolve(base, ""))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> assertThat(e.problem().kind()).isEqualTo(Kind.MALFORMED));
    }
}
