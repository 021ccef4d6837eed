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

    @Test
    void keepsThisPartnersCostAndAllPartnersBudgetApartByTheMeaningOfTheirWords() {
        Budget b = budget("Maksumus: 10 000 eurot\nEelarve: 1 234,56 €");
        assertThat(b.cost()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(b.partnersTotal()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(b.warnings()).containsExactly(
                "All partners' budget 1 234,56 € is less than this partner's cost 10 000 eurot.");
    }

    @Test
    void readsAProjectsBudgetAsAllPartnersUnlessAGrantOrOwnContributionMakeItUp() {
        assertThat(budget("Budżet projektu: 176 072,20 zł")).extracting(Budget::partnersTotal, Budget::cost)
                .containsExactly(new BigDecimal("176072.20"), null);
        assertThat(budget("Kogumaksumus: 12.500 €")).extracting(Budget::partnersTotal, Budget::cost)
                .containsExactly(new BigDecimal("12500.00"), null);
        assertThat(budget("Budżet projektu: 100 000,00 zł, w tym dofinansowanie 90 000,00 zł i wkład własny 10 000,00 zł"))
                .extracting(Budget::partnersTotal, Budget::cost, Budget::grant, Budget::ownContribution)
                .containsExactly(null, new BigDecimal("100000.00"), new BigDecimal("90000.00"), new BigDecimal("10000.00"));
    }

    @Test
    void readsABudgetWordNamedForOnePartnerAsThatPartnersCost() {
        Budget b = budget("Koostööprojekti partnerite eelarve kokku 251 928 €\nJAP projekti kogumaksumus 33 000 € / toetus 29 700 €");
        assertThat(b).extracting(Budget::partnersTotal, Budget::cost, Budget::grant)
                .containsExactly(new BigDecimal("251928.00"), new BigDecimal("33000.00"), new BigDecimal("29700.00"));
        assertThat(budget("Budżet partnera: 50 000 zł\nBudżet projektu: 150 000 zł"))
                .extracting(Budget::partnersTotal, Budget::cost)
                .containsExactly(new BigDecimal("150000.00"), new BigDecimal("50000.00"));
    }

    @Test
    void warnsWhenTwoFiguresOfOneKindDifferAndKeepsTheOneNamedOutright() {
        Budget two = budget("Eelarve: 10 000 €\nProjekti eelarve kokku: 12 000 €");
        assertThat(two.partnersTotal()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(two.warnings()).containsExactly(
                "Two figures for all partners' budget: 10 000 € and 12 000 €; 10 000 € is kept.");
        Budget named = budget("Eelarve: 200 000 €\nKoostööprojekti partnerite eelarve kokku 251 928 €");
        assertThat(named.partnersTotal()).isEqualTo(new BigDecimal("251928.00"));
        assertThat(named.warnings()).containsExactly(
                "Two figures for all partners' budget: 251 928 € and 200 000 €; 251 928 € is kept.");
        assertThat(budget("Maksumus: 12 500 €\nKokku maksumus 12 500 €").warnings()).as("the same figure twice").isEmpty();
    }

    @Test
    void readsAnAmountWrittenWithADashForNoCents() {
        assertThat(budget("Eelarve: 12500,- €").partnersTotal()).isEqualTo(new BigDecimal("12500.00"));
        assertThat(budget("Maksumus: 12 500.- EUR").cost()).isEqualTo(new BigDecimal("12500.00"));
    }
}
