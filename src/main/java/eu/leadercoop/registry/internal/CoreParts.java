package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Indicator;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Project;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reading the parts of a project's own record that a new project ({@link ProjectAssembler}) and a merge into a
 * recorded one ({@link ProjectMerger}) both take: titles, funding, an amount of money, goals and expected
 * results, each checked into a {@link DraftReader} under the field names the caller gives.
 */
final class CoreParts {

    private CoreParts() {
    }

    static void titles(DraftReader in, String field, Map<String, String> titles, Project project) {
        titles.forEach((lang, title) -> {
            String code = in.language(field + "." + lang, lang, true);
            String text = in.text(field + "." + lang, title, 500, true);
            if (code != null && text != null) {
                project.setTitle(code, text);
            }
        });
    }

    static Funding funding(DraftReader in, String field, Funding f) {
        return new Funding(
                in.text(field + ".programme", f.programme(), 500, false),
                in.text(field + ".priority", f.priority(), 1000, false),
                in.text(field + ".objective", f.objective(), 1000, false),
                in.text(field + ".measure", f.measure(), 1000, false));
    }

    /** The amount with its currency; null when either is missing or wrong (a problem then, unless both are missing). */
    static Money money(DraftReader in, String field, ProjectDraft.Amount a) {
        BigDecimal amount = in.amount(field + ".amount", a.amount());
        Currency currency = in.currency(field + ".currency", a.currency(), amount != null);
        return amount != null && currency != null ? new Money(amount, currency) : null;
    }

    static void goals(DraftReader in, List<String> goals, Project project) {
        goals.forEach(g -> {
            String text = in.text("goals", g, 5000, true);
            if (text != null) {
                project.addGoal(text);
            }
        });
    }

    static void expectedResults(DraftReader in, List<ProjectDraft.Result> results, Project project) {
        for (int i = 0; i < results.size(); i++) {
            ProjectDraft.Result r = results.get(i);
            String f = "expected_results[" + i + "]";
            String text = in.text(f + ".text", r.text(), 5000, true);
            BigDecimal target = in.amount(f + ".target", r.target());
            BigDecimal achieved = in.amount(f + ".achieved", r.achieved());
            String unit = in.text(f + ".unit", r.unit(), 200, target != null);
            if (text != null) {
                project.addExpectedResult(text, target == null && achieved == null ? null
                        : new Indicator(target, unit, Boolean.TRUE.equals(r.approximate()), achieved));
            }
        }
    }
}
