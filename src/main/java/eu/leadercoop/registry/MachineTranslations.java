package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ProjectRepository;
import eu.leadercoop.registry.model.MachineTranslation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import eu.leadercoop.registry.model.TranslatableText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machine translations of projects' titles, summaries, goals and expected results, stored beside the
 * originals. The registry only keeps and shows them; making them is the translation module's work,
 * which is off unless a site names a translation service. Reads here do not check who may see the
 * project: callers show them only with a record they were allowed to read.
 */
@Service
@Transactional(readOnly = true)
public class MachineTranslations {

    private final ProjectRepository projects;

    MachineTranslations(ProjectRepository projects) {
        this.projects = projects;
    }

    /**
     * The texts of a published project that have no translation made from their present wording, for
     * each of {@code languages} other than the project's own. A title is not translated into a language
     * the project has a title of its own in. Nothing for drafts: their texts do not leave the server.
     */
    public Optional<TranslationWork> pending(long projectId, Collection<String> languages) {
        return projects.findById(projectId)
                .filter(p -> p.getPublicationState() == PublicationState.PUBLISHED)
                .map(p -> work(p, languages));
    }

    private static TranslationWork work(Project p, Collection<String> languages) {
        List<TranslatableText> texts = p.translatableTexts();
        List<MachineTranslation> stored = p.getMachineTranslations();
        Map<String, List<TranslatableText>> byLanguage = new LinkedHashMap<>();
        for (String language : languages) {
            if (language.equals(p.getLanguage())) {
                continue;
            }
            byLanguage.put(language, texts.stream()
                    .filter(t -> t.part() != TranslatableText.Part.TITLE || !p.getTitles().containsKey(language))
                    .filter(t -> stored.stream().noneMatch(s -> s.getLanguage().equals(language) && s.translates(t)))
                    .toList());
        }
        return new TranslationWork(p.getId(), p.getLanguage(), byLanguage);
    }

    /**
     * Stores translations, each in place of an earlier one of the same text and language. One made from
     * a wording that has changed since is dropped, as are stored ones whose text is gone or reworded.
     *
     * @return how many of {@code translations} were kept
     */
    @Transactional
    public int store(long projectId, Collection<MachineTranslation> translations) {
        Project project = projects.findById(projectId).orElse(null);
        if (project == null) {
            return 0;
        }
        project.keepMachineTranslations(translations);
        List<MachineTranslation> now = project.getMachineTranslations();
        return (int) translations.stream().filter(now::contains).count();
    }

    /** The project's current machine translations, by language (in the order et, pl, en, then others). */
    public Map<String, MachineTranslated> of(long projectId) {
        Map<String, MachineTranslated> byLanguage = new LinkedHashMap<>();
        projects.findById(projectId).ifPresent(p -> {
            List<String> languages = new ArrayList<>(Arrays.asList("et", "pl", "en"));
            p.currentMachineTranslations().stream().map(MachineTranslation::getLanguage).distinct()
                    .filter(l -> !languages.contains(l)).sorted().forEach(languages::add);
            for (String language : languages) {
                view(p, language).ifPresent(v -> byLanguage.put(language, v));
            }
        });
        return byLanguage;
    }

    /** The project's current machine translation into {@code language}, when there is any. */
    public Optional<MachineTranslated> in(long projectId, String language) {
        return language == null ? Optional.empty() : projects.findById(projectId).flatMap(p -> view(p, language));
    }

    private static Optional<MachineTranslated> view(Project p, String language) {
        List<MachineTranslation> current = p.currentMachineTranslations().stream()
                .filter(t -> t.getLanguage().equals(language)).toList();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        MachineTranslation newest = current.stream().max(Comparator.comparing(MachineTranslation::getTranslatedAt)).orElseThrow();
        Instant at = newest.getTranslatedAt();
        return Optional.of(new MachineTranslated(language, p.getLanguage(), newest.getService(), at,
                text(current, TranslatableText.Part.TITLE, 0), text(current, TranslatableText.Part.SUMMARY, 0),
                items(current, TranslatableText.Part.GOAL, p.getGoals().size()),
                items(current, TranslatableText.Part.RESULT, p.getExpectedResults().size())));
    }

    private static List<String> items(List<MachineTranslation> current, TranslatableText.Part part, int size) {
        List<String> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(text(current, part, i));
        }
        return items.stream().allMatch(Objects::isNull) ? List.of() : Collections.unmodifiableList(items);
    }

    private static String text(List<MachineTranslation> current, TranslatableText.Part part, int position) {
        return current.stream().filter(t -> t.getPart() == part && t.getPosition() == position)
                .map(MachineTranslation::getText).findFirst().orElse(null);
    }
}
