package eu.leadercoop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    /** Seed project 000/001 runs on this day; the other three have ended. */
    public static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    /** The first administrator's password ({@code admin@test.leadercoop.eu}). */
    public static final String ADMIN_PASSWORD = "the first administrator's password";

    @Bean
    @Primary
    Clock fixedClock() {
        ZoneId zone = ZoneId.of("Europe/Tallinn");
        return Clock.fixed(TODAY.atStartOfDay(zone).plusHours(12).toInstant(), zone);
    }

    /** Each test run starts from an empty, freshly migrated database, so the examples load anew. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
