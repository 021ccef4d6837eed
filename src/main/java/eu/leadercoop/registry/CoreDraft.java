package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Funding;
import java.util.List;
import java.util.Map;

/**
 * The shared core of a project as submitted by its coordinator: every field is stated anew (a missing
 * one is cleared), checked like the same fields of a {@link ProjectDraft}.
 */
public record CoreDraft(
        String language,
        Map<String, String> titles,
        String referenceNumber,
        String localCode,
        ProjectDraft.DateText period,
        String summary,
        List<String> targetGroups,
        String website,
        Funding funding,
        ProjectDraft.Amount partnersTotal) {
}
