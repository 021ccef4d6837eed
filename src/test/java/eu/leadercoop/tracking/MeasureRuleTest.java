package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.registry.model.Funding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which projects' funding a measure rule applies to. The rule here is a test fixture. */
class MeasureRuleTest {

    MeasureRule voru12 = new MeasureRule(1, "Võrumaa Partnerluskogu strateegia", "1.2", new BigDecimal("0.90"), null);

    @Test
    void matchesTheProgrammeAnywhereAndTheMeasureAsAWholeNumber() {
        assertThat(voru12.matches(new Funding("MTÜ Võrumaa Partnerluskogu strateegia", null, null,
                "1.2 “Kogukonna arendamine läbi ühiskoostöö”"))).isTrue();
        assertThat(voru12.matches(new Funding("MTÜ VÕRUMAA  Partnerluskogu strateegia meede 1.2", null, null, null))).isTrue();
        assertThat(voru12.matches(new Funding("MTÜ Võrumaa Partnerluskogu strateegia", null, null, "1.21 Noored"))).isFalse();
        assertThat(voru12.matches(new Funding("MTÜ Võrumaa Partnerluskogu strateegia", null, null, "2.1.2"))).isFalse();
        assertThat(voru12.matches(new Funding("MTÜ Võrumaa Partnerluskogu strateegia", null, null, "meede 1.2."))).isTrue();
        assertThat(voru12.matches(new Funding("PROW, KSOW", null, null, "Działanie 1.2"))).isFalse();
        assertThat(voru12.matches(null)).isFalse();
        assertThat(voru12.maxPercent()).isEqualByComparingTo("90");
    }
}
