package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long a retry waits, and which settings are refused at start. */
class RetryingAndSettingsTest {

    final Retrying retrying = new Retrying(null, 5, Duration.ofSeconds(2));

    @Test
    void theWaitDoublesFromTheSetDelay() {
        assertThat(retrying.wait(1, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retrying.wait(2, Duration.ZERO)).isEqualTo(Duration.ofSeconds(4));
        assertThat(retrying.wait(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aLongerRetryAfterWinsButNoWaitIsLongerThanAMinute() {
        assertThat(retrying.wait(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(retrying.wait(1, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(retrying.wait(20, Duration.ZERO)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void libreTranslateNeedsAnAddressAndDeepLAKey() {
        assertThatThrownBy(() -> settings(TranslationSettings.Provider.LIBRETRANSLATE, null, null, 3))
                .hasMessageStartingWith("leadercoop.translation.url must name the LibreTranslate server");
        assertThatThrownBy(() -> settings(TranslationSettings.Provider.DEEPL, null, " ", 3))
                .hasMessage("leadercoop.translation.api-key must hold the DeepL API key");
        assertThatThrownBy(() -> settings(TranslationSettings.Provider.NONE, null, null, 0))
                .hasMessage("leadercoop.translation.attempts must be from 1 to 10, not 0");
    }

    @Test
    void offNeedsNothing() {
        assertThat(settings(TranslationSettings.Provider.NONE, null, null, 3).baseUrl()).isNull();
        assertThat(settings(TranslationSettings.Provider.LIBRETRANSLATE, URI.create("http://lt.example:5000"), null, 3).baseUrl())
                .isEqualTo(URI.create("http://lt.example:5000"));
    }

    private static TranslationSettings settings(TranslationSettings.Provider provider, URI url, String key, int attempts) {
        return new TranslationSettings(provider, url, key, List.of("et", "pl", "en"), Duration.ofSeconds(20), attempts,
                Duration.ofSeconds(2));
    }
}
