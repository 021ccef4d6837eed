package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading the values of a project's own record that a whole record ({@link ProjectAssembler}) and a merge
 * into a recorded one ({@link ProjectMerger}) both take: titles, funding and an amount of money, each
 * checked into a {@link DraftReader} under the field names the caller gives.
 */
final class CoreParts {

    private CoreParts() {
    }

    /** The titles that read well, by language code; a problem for each that does not. */
    static Map<String, String> titles(DraftReader in, String field, Map<String, String> titles) {
        Map<String, String> read = new LinkedHashMap<>();
        titles.forEach((lang, title) -> {
            String code = in.language(field + "." + lang, lang, true);
            String text = in.text(field + "." + lang, title, 500, true);
            if (code != null && text != null) {
                read.put(code, text);
            }
        });
        return read;
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
}
