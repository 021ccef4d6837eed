package eu.leadercoop.reports.stats;

import eu.leadercoop.registry.Regions;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The names of breakdowns and their groups in one language: countries, regions, event types, "not stated". */
final class GroupNames {

    private final Locale locale;
    private final MessageSource messages;
    private final Regions regions;

    GroupNames(Locale locale, MessageSource messages, Regions regions) {
        this.locale = locale;
        this.messages = messages;
        this.regions = regions;
    }

    String language() {
        return locale.getLanguage();
    }

    String title(String dimension) {
        return messages.getMessage("statistics.by." + dimension, null, locale);
    }

    String label(String dimension, String key) {
        if (key == null) {
            return messages.getMessage("statistics.not_stated", null, locale);
        }
        return switch (dimension) {
            case "country" -> Locale.of("", key).getDisplayCountry(locale);
            case "region" -> regions.name(key, locale.getLanguage());
            case "event_type" -> messages.getMessage("event.type." + key, null, key, locale);
            default -> key;
        };
    }
}
