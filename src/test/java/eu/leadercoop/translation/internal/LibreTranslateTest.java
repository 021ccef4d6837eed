package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LibreTranslate adapter against a local server that speaks LibreTranslate's API, answers and failures included. */
class LibreTranslateTest {

    final FakeTranslationServer server = newServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheTextsAsQWithSourceTargetTextFormatAndKeyAndReadsTranslatedTextInOrder() throws Exception {
        server.translates("pl", "Õppereis Gruusiasse", "Wyjazd studyjny do Gruzji")
                .translates("pl", "Arukad külad", "Inteligentne wsie");

        List<String> out = libre("secret-key", 1).translate(List.of("Õppereis Gruusiasse", "Arukad külad"), "et", "pl");

        assertThat(out).containsExactly("Wyjazd studyjny do Gruzji", "Inteligentne wsie");
        FakeTranslationServer.Received request = server.received().getFirst();
        assertThat(request.path()).isEqualTo("/translate");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(FakeTranslationServer.JSON.writeValueAsString(request.body())).isEqualTo(
                "{\"q\":[\"Õppereis Gruusiasse\",\"Arukad külad\"],\"source\":\"et\",\"target\":\"pl\",\"format\":\"text\","
                        + "\"api_key\":\"secret-key\"}");
    }

    @Test
    void aServerWithoutKeysGetsNoApiKeyField() throws Exception {
        libre("  ", 1).translate(List.of("Hakaton"), "et", "en");

        assertThat(server.received().getFirst().body().has("api_key")).isFalse();
    }

    @Test
    void tooManyRequestsIsTriedAgainAndThenSucceeds() throws Exception {
        server.thenStatus(429, "0");

        assertThat(libre(null, 3).translate(List.of("seminar"), "et", "en")).containsExactly("[en] seminar");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void aServerErrorIsTriedAsOftenAsSetAndThenFailsSayingWhatHappened() {
        server.thenStatus(500, null).thenStatus(502, null).thenStatus(503, null).thenStatus(500, null);

        assertThatThrownBy(() -> libre(null, 3).translate(List.of("seminar"), "et", "en"))
                .isInstanceOf(TranslationFailure.class)
                .hasMessageStartingWith("HTTP 503 from " + server.url() + "/translate: {\"error\": \"scripted failure\"}")
                .hasMessageEndingWith("(attempt 3 of 3)");
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void noAnswerWithinTheTimeoutIsAPassingFailureTriedAgain() throws Exception {
        server.thenDelay(3_000);

        LibreTranslate once = new LibreTranslate(server.url(), null, new JsonOverHttp(Duration.ofMillis(300)));
        assertThatThrownBy(() -> once.translate(List.of("seminar"), "et", "en"))
                .isInstanceOfSatisfying(TranslationFailure.class, f -> assertThat(f.passing()).isTrue())
                .hasMessage("no answer from " + server.url() + "/translate within 300 ms");

        server.thenDelay(3_000);
        Retrying twice = new Retrying(once, 2, Duration.ofMillis(1));
        assertThat(twice.translate(List.of("seminar"), "et", "en")).containsExactly("[en] seminar");
    }

    @Test
    void aRefusedKeyIsNotTriedAgain() {
        server.thenStatus(403, null);

        assertThatThrownBy(() -> libre("wrong", 3).translate(List.of("seminar"), "et", "en"))
                .isInstanceOfSatisfying(TranslationFailure.class, f -> assertThat(f.passing()).isFalse())
                .hasMessageContaining("HTTP 403").hasMessageEndingWith("(attempt 1 of 3)");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void anUnreachableServerIsAPassingFailure() throws Exception {
        java.net.URI gone = server.url();
        server.close();

        assertThatThrownBy(() -> new LibreTranslate(gone, null, new JsonOverHttp(Duration.ofSeconds(2)))
                .translate(List.of("seminar"), "et", "en"))
                .isInstanceOfSatisfying(TranslationFailure.class, f -> assertThat(f.passing()).isTrue())
                .hasMessageStartingWith("could not reach " + gone + "/translate");
    }

    private LibreTranslate bare(String key) {
        return new LibreTranslate(server.url(), key, new JsonOverHttp(Duration.ofSeconds(5)));
    }

    private TextTranslator libre(String key, int attempts) {
        return new Retrying(bare(key), attempts, Duration.ofMillis(1));
    }

    private static FakeTranslationServer newServer() {
        try {
            return new FakeTranslationServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
