package eu.leadercoop.registry;

import eu.leadercoop.registry.model.TranslatableText;
import java.util.List;
import java.util.Map;

/**
 * What is left to machine-translate of one project: for each target language, the texts that have no
 * translation made from their present wording.
 */
public record TranslationWork(long projectId, String sourceLanguage, Map<String, List<TranslatableText>> byLanguage) {

    public boolean isEmpty() {
        return byLanguage.values().stream().allMatch(List::isEmpty);
    }
}
