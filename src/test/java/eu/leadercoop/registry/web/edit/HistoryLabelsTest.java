package eu.leadercoop.registry.web.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The history writes values as people read them, not as they are stored. */
class HistoryLabelsTest {

    static HistoryLabels in(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/web", "messages/registry", "messages/editing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HistoryLabels(messages, Locale.forLanguageTag(language), Map.of(7L, "MTÜ Ida-Harju Koostöökoda"));
    }

    @Test
    void amountsAndDatesAreWrittenTheReadersWay() {
        // whole amounts without decimals, as the project page writes money
        assertThat(in("en").value("budget.partners_total.amount", "120000.00")).isEqualTo("120,000");
        assertThat(in("et").value("budget.partners_total.amount", "120000.50")).isEqualTo("120\u00a0000,50");
        assertThat(in("en").value("budget.lines[@7].grant", "29700")).isEqualTo("29,700");
        assertThat(in("en").value("period.start", "2021-01-01")).isEqualTo("1 January 2021");
        assertThat(in("en").value("period.end", "2025-21")).isEqualTo("spring 2025");
        assertThat(in("pl").value("period.end", "2024-06")).isEqualTo("czerwiec 2024");
    }

    @Test
    void codesAreNamed() {
        assertThat(in("en").value("language", "et")).isEqualTo("Estonian");
        assertThat(in("et").value("events[0].country", "PL")).isEqualTo("Poola");
        assertThat(in("en").value("events[0].region", "EE-37")).isEqualTo("Harju County");
        assertThat(in("en").value("partners[@7].role", "lead_partner")).isEqualTo("lead partner");
        assertThat(in("pl").value("activities[0].commitments[0].physical_only", "true")).isEqualTo("tak");
    }

    @Test
    void fieldsAreLabelledInWordsNotKeys() {
        assertThat(in("en").label("period.start")).isEqualTo("Period · Start");
        assertThat(in("en").label("budget.lines[@7].organisation")).isEqualTo("Budget · MTÜ Ida-Harju Koostöökoda · Partner");
    }
}
