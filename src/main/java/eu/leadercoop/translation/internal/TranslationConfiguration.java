package eu.leadercoop.translation.internal;

import eu.leadercoop.registry.MachineTranslations;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The translation service named by {@code leadercoop.translation.provider}. With {@code none} (the
 * default) nothing here is made: no HTTP client, no listener, so no project text can leave the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TranslationSettings.class)
class TranslationConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${leadercoop.translation.provider:none}'.trim().equalsIgnoreCase('none')")
    static class WhenOn {

        @Bean
        TextTranslator textTranslator(TranslationSettings settings) {
            JsonOverHttp http = new JsonOverHttp(settings.timeout());
            TextTranslator service = switch (settings.provider()) {
                case LIBRETRANSLATE -> new LibreTranslate(settings.baseUrl(), settings.apiKey(), http);
                case DEEPL -> new DeepL(settings.baseUrl(), settings.apiKey(), http);
                case NONE -> throw new IllegalStateException("translation is off");
            };
            return new Retrying(service, settings.attempts(), settings.retryDelay());
        }

        @Bean
        TranslationQueue translationQueue(MachineTranslations translations, TextTranslator translator,
                TranslationSettings settings, Clock clock) {
            return new TranslationQueue(new ProjectTranslator(translations, translator, settings.languages(), clock));
        }
    }
}
