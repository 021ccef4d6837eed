package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreKeptToTheCentOfTheirCurrency() {
        assertThat(Money.of("251928", "EUR").amount()).isEqualByComparingTo("251928.00").hasToString("251928.00");
        assertThat(Money.of("176072.2", "PLN")).hasToString("176072.20 PLN");
    }

    @Test
    void twoSpellingsOfTheSameAmountAreEqual() {
        assertThat(Money.of("33000", "EUR")).isEqualTo(Money.of("33000.00", "EUR"));
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more decimals than EUR allows");
    }

    @Test
    void grantPlusOwnContributionOfVunkiManoIsItsCost() {
        Money grant = Money.of("29702.52", "EUR");
        Money own = Money.of("3300.28", "EUR");
        assertThat(grant.plus(own)).isEqualTo(Money.of("33002.80", "EUR"));
    }

    @Test
    void doesNotAddEurosToZlotys() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "PLN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot combine EUR with PLN");
    }
}
