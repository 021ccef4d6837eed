package eu.leadercoop.tracking;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.tracking.internal.CommitmentRules;
import eu.leadercoop.tracking.internal.RegionNames;
import eu.leadercoop.tracking.internal.StatusRule;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The tracking rules and texts as the application configures them, for unit tests. */
final class TestTexts {

    static final Locale ET = Locale.forLanguageTag("et");
    static final Locale PL = Locale.forLanguageTag("pl");
    static final Locale EN = Locale.ENGLISH;

    static final Regions REGIONS = new Regions();

    private TestTexts() {
    }

    static TrackingTexts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/tracking", "messages/registry");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TrackingTexts(messages);
    }

    static CommitmentRules rules() {
        return new CommitmentRules(new StatusRule(StatusRule.DEFAULT_DAYS_PER_MISSING_EVENT), new RegionNames(REGIONS));
    }
}
