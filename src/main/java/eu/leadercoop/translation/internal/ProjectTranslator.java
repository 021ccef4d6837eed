package eu.leadercoop.translation.internal;

import eu.leadercoop.registry.MachineTranslations;
import eu.leadercoop.registry.TranslationWork;
import eu.leadercoop.registry.model.MachineTranslation;
import eu.leadercoop.registry.model.TranslatableText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what is left to translate of one project (see {@link MachineTranslations#pending}) and
 * stores it: texts already translated from their present wording are not sent again. A failure stops
 * that project's work and is logged once, at WARN; what was translated before it is kept, and the rest
 * is tried again at the project's next save.
 */
final class ProjectTranslator {

    private static final Logger log = LoggerFactory.getLogger(ProjectTranslator.class);
    /** DeepL takes at most 50 texts per request; LibreTranslate servers are happier with fewer, too. */
    static final int TEXTS_PER_REQUEST = 50;

    private final MachineTranslations translations;
    private final TextTranslator translator;
    private final List<String> languages;
    private final Clock clock;

    ProjectTranslator(MachineTranslations translations, TextTranslator translator, List<String> languages, Clock clock) {
        this.translations = translations;
        this.translator = translator;
        this.languages = List.copyOf(languages);
        this.clock = clock;
    }

    /** @return how many translations were stored */
    int translate(long projectId) {
        TranslationWork work = translations.pending(projectId, languages).orElse(null);
        if (work == null || work.isEmpty()) {
            return 0;
        }
        List<MachineTranslation> made = new ArrayList<>();
        try {
            for (Map.Entry<String, List<TranslatableText>> entry : work.byLanguage().entrySet()) {
                List<TranslatableText> texts = entry.getValue();
                for (int from = 0; from < texts.size(); from += TEXTS_PER_REQUEST) {
                    List<TranslatableText> chunk = texts.subList(from, Math.min(texts.size(), from + TEXTS_PER_REQUEST));
                    List<String> out = translator.translate(chunk.stream().map(TranslatableText::text).toList(),
                            work.sourceLanguage(), entry.getKey());
                    for (int i = 0; i < chunk.size(); i++) {
                        made.add(new MachineTranslation(chunk.get(i), entry.getKey(), out.get(i), translator.service(), clock.instant()));
                    }
                }
            }
        } catch (TranslationFailure failure) {
            log.warn("Machine translation of project {} by {} failed: {}. The project is saved as it was; "
                    + "{} translation(s) made before the failure are kept, the rest are tried again at its next save.",
                    projectId, translator.service(), failure.getMessage(), made.size());
        }
        return made.isEmpty() ? 0 : translations.store(projectId, made);
    }
}
