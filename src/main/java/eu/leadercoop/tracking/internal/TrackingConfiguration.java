package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    /** {@code leadercoop.tracking.days-per-missing-event}: see {@link StatusRule}; checked at start-up. */
    @Bean
    CommitmentRules commitmentRules(Regions regions,
            @Value("${leadercoop.tracking.days-per-missing-event:" + StatusRule.DEFAULT_DAYS_PER_MISSING_EVENT + "}") int days) {
        return new CommitmentRules(new StatusRule(days), new RegionNames(regions));
    }
}
