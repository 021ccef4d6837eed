package eu.leadercoop.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationOfferTest {

    @Test
    void anOfferIsOpenToTheEndOfItsDeadlineDayAndNotAfter() {
        CooperationOffer offer = offer(LocalDate.of(2024, 9, 30));

        assertThat(offer.isOpen(LocalDate.of(2024, 9, 1))).isTrue();
        assertThat(offer.isOpen(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(offer.isOpen(LocalDate.of(2024, 10, 1))).isFalse();
    }

    @Test
    void anOfferThatBecameAProjectIsClosedBeforeItsDeadline() {
        CooperationOffer offer = offer(LocalDate.of(2024, 9, 30));

        offer.becameProject(42);

        assertThat(offer.isOpen(LocalDate.of(2024, 9, 1))).isFalse();
        assertThat(offer.getProjectId()).isEqualTo(42L);
    }

    @Test
    void listsComeBackAsTheyWereGiven() {
        CooperationOffer offer = offer(LocalDate.of(2024, 9, 30));

        assertThat(offer.getWantedCountries()).containsExactly("EE", "FI");
        assertThat(offer.getThemes()).containsExactly("smart villages", "rural mobility");
        assertThat(offer.getWantedKinds()).isEmpty();
    }

    private static CooperationOffer offer(LocalDate deadline) {
        CooperationOffer offer = new CooperationOffer(7, 1, Instant.parse("2024-08-01T10:00:00Z"));
        offer.describe("en", "Study trip", "On smart villages", List.of("smart villages", "rural mobility"), List.of("EE", "FI"),
                List.of(), List.of("en"), "2025-03", null, null, null, null, deadline, null, null, null);
        return offer;
    }
}
