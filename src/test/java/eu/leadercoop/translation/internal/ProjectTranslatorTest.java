package eu.leadercoop.translation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.leadercoop.registry.MachineTranslations;
import eu.leadercoop.registry.TranslationWork;
import eu.leadercoop.registry.model.MachineTranslation;
import eu.leadercoop.registry.model.TranslatableText;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One project's work: each language in one request, what was made before a failure kept, the failure logged once. */
@ExtendWith(OutputCaptureExtension.class)
class ProjectTranslatorTest {

    static final TranslatableText TITLE = new TranslatableText(TranslatableText.Part.TITLE, 0, "et", "Arukad külad");
    static final TranslatableText GOAL = new TranslatableText(TranslatableText.Part.GOAL, 0, "et", "Häkaton");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC);

    final FakeTranslationServer server;
    final MachineTranslations translations = mock(MachineTranslations.class);
    final ProjectTranslator translator;

    ProjectTranslatorTest() throws IOException {
        server = new FakeTranslationServer();
        translator = new ProjectTranslator(translations,
                new Retrying(new LibreTranslate(server.url(), null, new JsonOverHttp(Duration.ofSeconds(5))), 2, Duration.ofMillis(1)),
                List.of("et", "pl", "en"), CLOCK);
        Map<String, List<TranslatableText>> work = new LinkedHashMap<>();
        work.put("pl", List.of(TITLE, GOAL));
        work.put("en", List.of(GOAL));
        when(translations.pending(eq(5L), anyCollection())).thenReturn(Optional.of(new TranslationWork(5, "et", work)));
        when(translations.store(anyLong(), anyCollection())).thenAnswer(call -> ((Collection<?>) call.getArgument(1)).size());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachLanguageIsOneRequestAndEveryTranslationIsStoredWithItsSourceAndService() {
        assertThat(translator.translate(5)).isEqualTo(3);

        assertThat(server.received()).extracting(FakeTranslationServer.Received::target).containsExactly("pl", "en");
        List<MachineTranslation> stored = stored();
        assertThat(stored).extracting(MachineTranslation::getLanguage, MachineTranslation::getText, MachineTranslation::getService)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pl", "[pl] Arukad külad", "libretranslate"),
                        org.assertj.core.groups.Tuple.tuple("pl", "[pl] Häkaton", "libretranslate"),
                        org.assertj.core.groups.Tuple.tuple("en", "[en] Häkaton", "libretranslate"));
        assertThat(stored.getFirst().getSourceHash()).isEqualTo(TITLE.hash());
        assertThat(stored.getFirst().getTranslatedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aFailureKeepsWhatWasMadeBeforeItAndIsLoggedOnce(CapturedOutput output) {
        server.thenStatus(200, null).thenStatus(500, null).thenStatus(503, null);

        assertThat(translator.translate(5)).isEqualTo(2);

        assertThat(stored()).extracting(MachineTranslation::getLanguage).containsExactly("pl", "pl");
        assertThat(Pattern.compile("Machine translation of project 5 by libretranslate failed").matcher(output.getOut()).results().count())
                .isEqualTo(1);
        assertThat(output.getOut()).contains("HTTP 503 from " + server.url() + "/translate", "(attempt 2 of 2)",
                "2 translation(s) made before the failure are kept");
    }

    @Test
    void nothingLeftToTranslateSendsNothing() {
        when(translations.pending(eq(6L), anyCollection())).thenReturn(Optional.of(new TranslationWork(6, "et", Map.of("pl", List.of()))));

        assertThat(translator.translate(6)).isZero();
        assertThat(translator.translate(404)).isZero(); // no such published project
        assertThat(server.received()).isEmpty();
        verify(translations, never()).store(anyLong(), anyCollection());
    }

    @SuppressWarnings("unchecked")
    private List<MachineTranslation> stored() {
        ArgumentCaptor<Collection<MachineTranslation>> captor = ArgumentCaptor.forClass(Collection.class);
        verify(translations).store(eq(5L), captor.capture());
        return List.copyOf(captor.getValue());
    }
}
