package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.leadercoop.registry.MachineTranslations;
import eu.leadercoop.registry.ProjectSaved;
import eu.leadercoop.registry.TranslationWork;
import eu.leadercoop.registry.model.TranslatableText;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Off by default, and then nothing leaves the server: with no provider set (or {@code none}), even with a
 * service's address and key configured and a project saved, the module makes no HTTP client and no listener,
 * and the service hears nothing. The same configuration with a provider sends that project's texts, which
 * shows the silence is the switch's doing.
 */
class TranslationOffTest {

    final FakeTranslationServer server;
    final MachineTranslations translations = mock(MachineTranslations.class);

    TranslationOffTest() throws IOException {
        server = new FakeTranslationServer();
        when(translations.pending(eq(7L), anyCollection())).thenReturn(Optional.of(new TranslationWork(7, "et",
                Map.of("en", List.of(new TranslatableText(TranslatableText.Part.TITLE, 0, "et", "Arukad külad"))))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ApplicationContextRunner runner(String... properties) {
        return new ApplicationContextRunner()
                .withUserConfiguration(TranslationConfiguration.class)
                .withBean(MachineTranslations.class, () -> translations)
                .withBean(Clock.class, Clock::systemUTC)
                .withPropertyValues("leadercoop.translation.url=" + server.url(), "leadercoop.translation.api-key=site-key")
                .withPropertyValues(properties);
    }

    @Test
    void withNoProviderSetASavedProjectSendsNothing() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TextTranslator.class).doesNotHaveBean(TranslationQueue.class);
            context.publishEvent(new ProjectSaved(7));
            assertThat(server.received()).isEmpty();
        });
    }

    @Test
    void providerNoneInAnyCaseSendsNothing() {
        runner("leadercoop.translation.provider= None ").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TextTranslator.class).doesNotHaveBean(TranslationQueue.class);
            context.publishEvent(new ProjectSaved(7));
            assertThat(server.received()).isEmpty();
        });
    }

    @Test
    void withAProviderTheSameSaveIsSent() {
        runner("leadercoop.translation.provider=libretranslate").run(context -> {
            context.publishEvent(new ProjectSaved(7));
            assertThat(context.getBean(TranslationQueue.class).awaitIdle(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.textsSent()).containsExactly("Arukad külad");
        });
    }

    @Test
    void anUnknownProviderStopsTheStart() {
        runner("leadercoop.translation.provider=google").run(context -> assertThat(context).hasFailed());
    }
}
