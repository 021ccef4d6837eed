package eu.leadercoop.partners.internal;

import eu.leadercoop.partners.DirectoryLoading;
import eu.leadercoop.partners.LagDirectory;
import eu.leadercoop.registry.ListingOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the LAG directory shipped with the application into the registry's organisations at every start:
 * the first start adds them (or completes the example projects' organisations they match), a later start
 * with newer files updates what changed and no person has edited since; unchanged records change nothing.
 * After the example projects (which load only into an empty registry). Turned off with
 * {@code leadercoop.directory.enabled=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "leadercoop.directory.enabled", havingValue = "true", matchIfMissing = true)
class ShippedDirectoryLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedDirectoryLoad.class);

    private final DirectoryLoading loading;

    ShippedDirectoryLoad(DirectoryLoading loading) {
        this.loading = loading;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ListingOutcome> outcomes = loading.load(LagDirectory.shipped());
        Map<ListingOutcome.Status, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(ListingOutcome::status, Collectors.counting()));
        log.info("LAG directory: {} records, {} new, {} updated, {} unchanged", outcomes.size(),
                counts.getOrDefault(ListingOutcome.Status.NEW, 0L), counts.getOrDefault(ListingOutcome.Status.UPDATED, 0L),
                counts.getOrDefault(ListingOutcome.Status.UNCHANGED, 0L));
    }

}
