package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Budget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetReaderTest {

    private static Budget budget(String text) {
        SourceText src = SourceText.of(text);
        return BudgetReader.read(SectionSplitter.split(src, new DatedLines())).budget();
    }

    @Test
    void placesEachAmountByTheBudgetWordBeforeItSkippingWordsInBrackets() {
        Budget b = budget("Maksumus (sh toetus ja omaosalus): 33 002,80 eurot millest toetus 29 702,52 eurot, "
                + "omaosalus 3 300,28 eurot");
        assertThat(b.cost()).isEqualTo(new BigDecimal("33002.80"));
        assertThat(b.grant()).isEqualTo(new BigDecimal("29702.52"));
        assertThat(b.ownContribution()).isEqualTo(new BigDecimal("3300.28"));
        assertThat(b.warnings()).isEmpty();
    }

    @Test
    void readsAmountsBelowABudgetHeading() {
        Budget b = budget("Budżet:\n50 000,00 zł\n\nDofinansowanie: 45 000,00 zł\nWkład własny: 5 000,00 zł");
        assertThat(b.cost()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(b.grant()).isEqualTo(new BigDecimal("45000.00"));
        assertThat(b.ownContribution()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(b.currency()).isEqualTo("PLN");
    }

    @Test
    void warnsWhenGrantAndOwnContributionDoNotMakeTheCostToTheCent() {
        Budget b = budget("Eelarve: 10 000,00 €\nToetus: 9 000,00 €\nOmaosalus: 1 000,01 €");
        assertThat(b.ownContribution()).isEqualTo(new BigDecimal("1000.01"));
        assertThat(b.warnings()).containsExactly(
                "Grant 9 000,00 € + own contribution 1 000,01 € = 10000.01, not the cost 10 000,00 € as written; kept as written.");
    }

    @Test
    void warnsAboutMixedCurrenciesAndIgnoresAmountsWithoutABudgetWord() {
        Budget b = budget("Projekti eelarve 40 000 €, toetus 150 000 zł\nOsalustasu 10 € inimese kohta");
        assertThat(b.cost()).isEqualTo(new BigDecimal("40000.00"));
        assertThat(b.warnings()).anyMatch(w -> w.startsWith("Budget figures are in different currencies (EUR, PLN)"));
    }
}
