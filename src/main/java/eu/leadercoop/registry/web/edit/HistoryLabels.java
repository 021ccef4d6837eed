package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDates;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Names the fields of a project's history in the reader's language: {@code partners[@7].role} is
 * "Partners · MTÜ Ida-Harju Koostöökoda · Role", {@code goals[1]} is "Goals 2". Values that are codes
 * (roles, event types, workflow states) are named too. Figures the registry derives from others (grant
 * rates, budget warnings, the shown title) are left out: the history shows what people changed.
 */
final class HistoryLabels {

    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)(?:\\[(@?\\d+)])?");
    private static final Pattern DERIVED = Pattern.compile("^(title|budget\\.warnings.*|budget\\.total.*|.*\\.grant_rate|.*\\.discrepancy"
            + "|.*\\.own_contribution_derived|.*\\.percent_achieved|partners\\[[^]]+]\\.(kind|country|region|name)"
            + "|activities\\[\\d+]\\.(depth|scope|partner)|.*\\.organisation_id|events\\[\\d+]\\.organisers\\[[^]]+]\\.name"
            + "|media\\[\\d+]\\.organisation|contacts\\[\\d+]\\.organisation|sources\\[\\d+]\\.publisher_id)$");

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("titles", "editing.title"), Map.entry("reference_number", "project.reference"),
            Map.entry("local_code", "project.local_code"), Map.entry("period", "project.period"),
            Map.entry("publication_state", "history.prop.state"), Map.entry("summary", "project.summary"),
            Map.entry("target_groups", "project.target_groups"), Map.entry("website", "project.website"),
            Map.entry("funding", "project.funding"), Map.entry("budget", "project.budget"), Map.entry("partners", "project.partners"),
            Map.entry("goals", "project.goals"), Map.entry("expected_results", "project.results"),
            Map.entry("activities", "project.activities"), Map.entry("events", "project.events"), Map.entry("media", "project.media"),
            Map.entry("contacts", "project.contacts"), Map.entry("sources", "project.sources"), Map.entry("language", "project.language"),
            Map.entry("title", "editing.event.title"), Map.entry("type", "editing.event.type"), Map.entry("place", "editing.event.place"),
            Map.entry("country", "editing.event.country"), Map.entry("region", "editing.event.region"),
            Map.entry("participants", "editing.event.participants"), Map.entry("description", "editing.event.description"),
            Map.entry("organisers", "event.organisers"), Map.entry("start", "history.prop.start"), Map.entry("end", "history.prop.end"),
            Map.entry("as_written", "history.prop.as_written"), Map.entry("date_as_written", "history.prop.as_written"),
            Map.entry("name_as_written", "history.prop.as_written"), Map.entry("role", "editing.role"),
            Map.entry("joined", "editing.partner.joined"), Map.entry("left", "editing.partner.left"), Map.entry("name", "editing.contact.name"),
            Map.entry("cost", "budget.cost"), Map.entry("grant", "budget.grant"), Map.entry("own_contribution", "budget.own_contribution"),
            Map.entry("currency", "editing.currency"), Map.entry("amount", "history.prop.amount"), Map.entry("target", "indicator.target"),
            Map.entry("unit", "editing.result.unit"), Map.entry("approximate", "editing.result.approximate"),
            Map.entry("achieved", "editing.result.achieved"), Map.entry("label", "editing.activity.label"),
            Map.entry("commitments", "history.prop.commitment"), Map.entry("min_count", "editing.commitment.min_count"),
            Map.entry("event_types", "editing.commitment.event_types"), Map.entry("distinct_regions", "commitment.distinct_regions"),
            Map.entry("physical_only", "commitment.physical"), Map.entry("deadline", "editing.commitment.deadline"),
            Map.entry("email", "editing.contact.email"), Map.entry("phone", "editing.contact.phone"),
            Map.entry("outlet", "editing.media.outlet"), Map.entry("url", "editing.media.url"), Map.entry("date", "editing.media.date"),
            Map.entry("programme", "editing.funding.programme"), Map.entry("priority", "editing.funding.priority"),
            Map.entry("measure", "editing.funding.measure"), Map.entry("objective", "editing.funding.objective"),
            Map.entry("partners_total", "budget.partners_total"), Map.entry("activity", "editing.event.activity"),
            Map.entry("text", "history.prop.text"), Map.entry("reference", "history.prop.reference"),
            Map.entry("remarks", "history.prop.remarks"), Map.entry("period_as_written", "project.period"),
            Map.entry("publisher", "budget.partner"), Map.entry("organisation", "budget.partner"));

    private final MessageSource messages;
    private final Locale locale;
    private final Map<Long, String> organisations;

    /** {@code organisations}: names for the organisation ids paths name ({@code @7}). */
    HistoryLabels(MessageSource messages, Locale locale, Map<Long, String> organisations) {
        this.messages = messages;
        this.locale = locale;
        this.organisations = organisations;
    }

    /** Whether the field is one the registry derives, which the history leaves out. */
    static boolean derived(String path) {
        return DERIVED.matcher(path).matches();
    }

    String label(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String property = m.group(1);
            if (!property.equals("lines")) {
                parts.add(messages.getMessage(KEYS.getOrDefault(property, "history.prop." + property), null,
                        property.replace('_', ' '), locale));
            }
            String index = m.group(2);
            if (index != null) {
                parts.add(index.startsWith("@") ? organisations.getOrDefault(Long.parseLong(index.substring(1)), index)
                        : String.valueOf(Integer.parseInt(index) + 1));
            }
        }
        if (path.startsWith("titles.")) {
            return messages.getMessage("editing.title_in", new Object[] {Locale.forLanguageTag(path.substring(7)).getDisplayLanguage(locale)},
                    locale);
        }
        return String.join(" · ", parts);
    }

    /**
     * A value as people read it: codes of roles, event types and workflow states named; dates ({@code 2021-01-01}) and
     * amounts ({@code 120000.00}) written the reader's way; languages, countries and regions by name; yes and no.
     */
    String value(String path, String value) {
        if (value == null) {
            return null;
        }
        String property = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        String key = switch (property) {
            case "role" -> "role." + value;
            case "type", "event_types" -> "event.type." + value;
            case "publication_state" -> "editing.state." + value;
            default -> null;
        };
        if (key != null) {
            return messages.getMessage(key, null, value, locale);
        }
        return switch (property) {
            case "start", "end", "joined", "left", "deadline", "date" -> date(value);
            case "amount", "cost", "grant", "own_contribution", "partners_total" -> amount(value);
            case "language" -> Locale.forLanguageTag(value).getDisplayLanguage(locale);
            case "country" -> value.matches("[A-Z]{2}") ? Locale.of("", value).getDisplayCountry(locale) : value;
            case "region" -> Regions.table().name(value, locale.getLanguage());
            case "approximate", "distinct_regions", "physical_only" -> switch (value) {
                case "true" -> messages.getMessage("history.value.yes", null, value, locale);
                case "false" -> messages.getMessage("history.value.no", null, value, locale);
                default -> value;
            };
            default -> value;
        };
    }

    /** An EDTF date as the pages write it ({@code 2025-21} is spring 2025); anything else as stored. */
    private String date(String edtf) {
        try {
            return PartialDates.format(PartialDate.fromEdtf(edtf), locale);
        } catch (RuntimeException notADate) {
            return edtf;
        }
    }

    private String amount(String figure) {
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            BigDecimal amount = new BigDecimal(figure);
            format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        } catch (NumberFormatException notAFigure) {
            return figure;
        }
    }
}
