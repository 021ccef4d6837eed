package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DeepL adapter against a local server that speaks DeepL's API, answers and failures included. */
class DeepLTest {

    final FakeTranslationServer server;

    DeepLTest() throws IOException {
        server = new FakeTranslationServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postsToV2TranslateWithTheKeyInTheAuthorizationHeaderAndUpperCaseLanguageCodes() throws Exception {
        server.translates("en", "Arukate külade arenguprogramm", "Smart villages development programme");

        List<String> out = deepl(1).translate(List.of("Arukate külade arenguprogramm", "häkaton"), "et", "en");

        assertThat(out).containsExactly("Smart villages development programme", "[en] häkaton");
        FakeTranslationServer.Received request = server.received().getFirst();
        assertThat(request.path()).isEqualTo("/v2/translate");
        assertThat(request.header("Authorization")).isEqualTo("DeepL-Auth-Key abc-123:fx");
        assertThat(FakeTranslationServer.JSON.writeValueAsString(request.body())).isEqualTo(
                "{\"text\":[\"Arukate külade arenguprogramm\",\"häkaton\"],\"source_lang\":\"ET\",\"target_lang\":\"EN-GB\"}");
    }

    @Test
    void polishAndEstonianTargetsAreTheirCodesInUpperCase() {
        assertThat(DeepL.target("pl")).isEqualTo("PL");
        assertThat(DeepL.target("et")).isEqualTo("ET");
        assertThat(DeepL.target("en")).isEqualTo("EN-GB");
    }

    @Test
    void tooManyRequestsWaitsAndTriesAgain() throws Exception {
        server.thenStatus(429, null).thenStatus(500, null);

        assertThat(deepl(3).translate(List.of("seminar"), "et", "pl")).containsExactly("[pl] seminar");
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void aUsedUpQuotaIsNotTriedAgain() {
        server.thenStatus(456, null);

        assertThatThrownBy(() -> deepl(3).translate(List.of("seminar"), "et", "pl"))
                .isInstanceOf(TranslationFailure.class).hasMessageContaining("HTTP 456");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aTimeoutOnEveryAttemptFailsAfterTheLast() {
        server.thenDelay(2_000).thenDelay(2_000);
        TextTranslator slow = new Retrying(new DeepL(server.url(), "k", new JsonOverHttp(Duration.ofMillis(200))), 2, Duration.ofMillis(1));

        assertThatThrownBy(() -> slow.translate(List.of("seminar"), "et", "pl"))
                .isInstanceOf(TranslationFailure.class)
                .hasMessage("no answer from " + server.url() + "/v2/translate within 200 ms (attempt 2 of 2)");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void anAnswerWithFewerTranslationsThanTextsIsNotBelieved() {
        assertThatThrownBy(() -> Endpoints.requireOnePerText(List.of("one"), List.of("a", "b"), URI.create("http://x/v2/translate")))
                .isInstanceOfSatisfying(TranslationFailure.class, f -> assertThat(f.passing()).isFalse())
                .hasMessage("http://x/v2/translate gave 1 translations for 2 texts");
    }

    @Test
    void withoutAnAddressAFreeKeyGoesToTheFreeApiAndAnyOtherToThePaidOne() {
        assertThat(settings("abc:fx").baseUrl()).isEqualTo(URI.create("https://api-free.deepl.com"));
        assertThat(settings("abc").baseUrl()).isEqualTo(URI.create("https://api.deepl.com"));
    }

    private static TranslationSettings settings(String key) {
        return new TranslationSettings(TranslationSettings.Provider.DEEPL, null, key, List.of("et", "pl", "en"),
                Duration.ofSeconds(20), 3, Duration.ofSeconds(2));
    }

    private TextTranslator deepl(int attempts) {
        return new Retrying(new DeepL(server.url(), "abc-123:fx", new JsonOverHttp(Duration.ofSeconds(5))), attempts,
                Duration.ofMillis(1));
    }
}
