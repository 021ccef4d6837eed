package eu.leadercoop.search.query;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.Thesaurus;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a facet value says in the reader's language: country and region names, role and type words. */
@Component
public class FacetLabels {

    private final MessageSource messages;
    private final Regions regions;
    private final Thesaurus thesaurus;

    FacetLabels(MessageSource messages, Regions regions, Thesaurus thesaurus) {
        this.messages = messages;
        this.regions = regions;
        this.thesaurus = thesaurus;
    }

    /** {@code organisations} gives the names of the organisation ids on the page. */
    public String label(Facet facet, String value, Locale locale, Map<String, String> organisations) {
        return switch (facet) {
            case COUNTRY -> Locale.of("", value).getDisplayCountry(locale);
            case REGION -> regions.name(value, locale.getLanguage());
            case ORGANISATION -> organisations.getOrDefault(value, value);
            case ROLE -> message("role." + value, value, locale);
            case EVENT_TYPE -> message("event.type." + value, value, locale);
            case THEME -> thesaurus.label(value, locale.getLanguage());
            case STATUS -> message("status." + value, value, locale);
            case BUDGET -> message("search.budget." + value, value, locale);
            case YEAR, PROGRAMME, MEASURE -> value;
        };
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
