package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

    static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void vunkiManoAddsUpToTheCentAndHasANinetyPercentGrantRate() {
        BudgetLine line = new BudgetLine(new BigDecimal("33002.80"), new BigDecimal("29702.52"), new BigDecimal("3300.28"), EUR);
        assertThat(line.discrepancy()).isEmpty();
        assertThat(line.grantRate()).contains(new BigDecimal("0.9000"));
    }

    @Test
    void japStatesCostAndGrantSoItsOwnContributionIsDerived() {
        BudgetLine line = new BudgetLine(new BigDecimal("33000"), new BigDecimal("29700"), null, EUR);
        assertThat(line.ownContributionMoney()).isEmpty();
        assertThat(line.ownContributionOrDerived()).contains(Money.of("3300", "EUR"));
        assertThat(line.discrepancy()).isEmpty();
        assertThat(line.grantRate()).contains(new BigDecimal("0.9000"));
    }

    @Test
    void figuresThatDoNotAddUpAreFlaggedWithTheirDifferenceNotCorrected() {
        BudgetLine line = new BudgetLine(new BigDecimal("33002.80"), new BigDecimal("29702.52"), new BigDecimal("3300.00"), EUR);
        assertThat(line.discrepancy()).contains(new BigDecimal("-0.28"));
        assertThat(line.cost()).isEqualByComparingTo("33002.80");
    }

    @Test
    void withoutACostThereIsNoRateAndNothingToCheck() {
        BudgetLine line = new BudgetLine(null, new BigDecimal("100"), new BigDecimal("10"), EUR);
        assertThat(line.grantRate()).isEmpty();
        assertThat(line.discrepancy()).isEmpty();
        assertThat(new BudgetLine(null, null, null, null).isEmpty()).isTrue();
    }
}
