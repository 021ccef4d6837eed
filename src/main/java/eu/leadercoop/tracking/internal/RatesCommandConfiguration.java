package eu.leadercoop.tracking.internal;

import eu.leadercoop.tracking.Rates;
import java.time.Clock;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The little the {@code rates} command needs: the configured database (migrated by Flyway as the app would)
 * and the rates service. No component scan, so no web security, no first-administrator or example-data
 * runners: importing rates into a fresh database leaves everything else to the app's first start.
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan must not pick it up (it
 * would add a second {@link Rates} and clock to the app); it is only ever a source of the command's context.
 */
@EnableAutoConfiguration
@Import({Rates.class, RateStore.class})
public class RatesCommandConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
