package eu.leadercoop.translation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code leadercoop.translation.*}: which service translates ({@code none}, the default, sends nothing
 * anywhere; {@code libretranslate}; {@code deepl}), its address and API key, the site's languages
 * (a project's texts go into each of them but its own), how long one request may take, and how often a
 * request that failed for a passing reason (HTTP 429, 5xx, no answer in time) is tried in all, with the
 * wait before the first retry (doubled for each further one; a longer {@code Retry-After} wins, up to a
 * minute).
 */
@ConfigurationProperties("leadercoop.translation")
record TranslationSettings(
        @DefaultValue("none") Provider provider,
        URI url,
        String apiKey,
        @DefaultValue({"et", "pl", "en"}) List<String> languages,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("2s") Duration retryDelay) {

    enum Provider {
        NONE, LIBRETRANSLATE, DEEPL
    }

    /** DeepL's address for keys of its paid plan; keys of the free plan end in {@code :fx}. */
    static final URI DEEPL_PRO = URI.create("https://api.deepl.com");
    static final URI DEEPL_FREE = URI.create("https://api-free.deepl.com");

    TranslationSettings {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("leadercoop.translation.attempts must be from 1 to 10, not " + attempts);
        }
        if (provider == Provider.LIBRETRANSLATE && url == null) {
            throw new IllegalArgumentException(
                    "leadercoop.translation.url must name the LibreTranslate server, e.g. http://localhost:5000");
        }
        if (provider == Provider.DEEPL && (apiKey == null || apiKey.isBlank())) {
            throw new IllegalArgumentException("leadercoop.translation.api-key must hold the DeepL API key");
        }
    }

    /** The service's base address: as set, or for DeepL the address its key's plan uses. */
    URI baseUrl() {
        if (url != null || provider != Provider.DEEPL) {
            return url;
        }
        return apiKey.strip().endsWith(":fx") ? DEEPL_FREE : DEEPL_PRO;
    }
}
