package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Budget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyMentionsTest {

    /** The project's total as the budget holds it: the cost, or all partners' budget where no grant is beside it. */
    private static BigDecimal total(Budget b) {
        return b.cost() != null ? b.cost() : b.partnersTotal();
    }

    private static Budget budget(String text, String language) {
        SourceText src = SourceText.of(text);
        var sections = SectionSplitter.split(src, new DatedLines());
        return MoneyMentions.fill(BudgetReader.read(sections), src, sections, language).budget();
    }

    @Test
    void placesASumInProseByTheMoneyWordBeforeIt() {
        Budget b = budget("Der Projektträger, dem ein Zuschuss von ca. 5.750 € in Aussicht steht, plant einen Imagefilm.",
                "de");
        assertThat(b.grant()).isEqualTo(new BigDecimal("5750.00"));
        assertThat(b.currency()).isEqualTo("EUR");
        assertThat(budget("Kokonaiskustannusarvio on 69 900 €, ja julkisen tuen osuus siitä on 80 %.", "fi")
                .partnersTotal()).isEqualTo(new BigDecimal("69900.00"));
    }

    @Test
    void aSumWithNoWordBeforeItIsWhatTheWordAfterItSays() {
        Budget b = budget("£6,500 towards total project of £6,500", "en");
        assertThat(b.grant()).isEqualTo(new BigDecimal("6500.00"));
        assertThat(total(b)).isEqualTo(new BigDecimal("6500.00"));
        assertThat(b.currency()).isEqualTo("GBP");
    }

    @Test
    void aSumAloneOnItsLineIsWhatTheLineAboveSays() {
        Budget b = budget("STÖD/FINANSIERING:\n\nProjektstöd från EU och staten:\n167 500 SEK\n", "sv");
        assertThat(b.grant()).isEqualTo(new BigDecimal("167500.00"));
        assertThat(b.currency()).isEqualTo("SEK");
    }

    @Test
    void kronorWrittenKrAreSwedishExceptOnAnEstonianPage() {
        Budget b = budget("Om finansiering\n\nBeviljat leaderstöd\n373 679 kr\n\nTotal finansiering\n557 748 kr\n", "sv");
        assertThat(b.grant()).isEqualTo(new BigDecimal("373679.00"));
        assertThat(total(b)).isEqualTo(new BigDecimal("557748.00"));
        assertThat(b.currency()).isEqualTo("SEK");
    }

    @Test
    void aNumberWrittenAsMoneyAfterAMoneyWordIsASumButAYearIsNot() {
        Budget b = budget("Koostööprojekti eelarve on aastatel 2020-2022 kokku  184 596,00", "et");
        assertThat(b.partnersTotal()).isEqualTo(new BigDecimal("184596.00"));
        assertThat(b.currency()).isNull();
    }

    @Test
    void aPartnersShareIsNotTheProjectsMoney() {
        Budget b = budget("Koostööprojekti eelarve on aastatel 2020-2022 kokku  184 596,00\n"
                + "Partnerid eelarve on 22 233,00, toetus 20 009,70", "et");
        assertThat(b.grant()).isNull();
        assertThat(total(b)).isEqualTo(new BigDecimal("184596.00"));
    }

    @Test
    void aPrizeIsNoBudget() {
        assertThat(budget("The winner received a prize of €2,000 for the project.", "en").grant()).isNull();
    }

    @Test
    void theSameSumInAnotherCurrencyInBracketsIsNotReadAgain() {
        Budget b = budget("PROJEKTA KOPĒJAIS FINANSĒJUMS: 496 400 Zviedrijas kronas (46900 EUR), finansētājs – "
                + "Zviedru Institūts.", "lv");
        assertThat(b.partnersTotal()).isEqualTo(new BigDecimal("496400.00"));
        assertThat(b.grant()).isNull();
        assertThat(b.currency()).isEqualTo("SEK");
    }

    @Test
    void aRevisedTotalReplacesTheEarlierOne() {
        Budget b = budget("Koostööprojekti kogueelarve: 124 387 €.\n\nKoostööprojekti kogueelarve peale Kodukant "
                + "Läänemaa liitumist on 149 706,80 € (01.07.2022)", "et");
        assertThat(total(b)).isEqualTo(new BigDecimal("149706.80"));
    }

    @Test
    void whatAProgrammeGivesIsTheGrant() {
        Budget b = budget("Landsbygdsprogrammet 2014 – 2020: 18 059 kr.\nTotalt godkända utgifter: 29 953 kr.", "sv");
        assertThat(b.grant()).isEqualTo(new BigDecimal("18059.00"));
        assertThat(total(b)).isEqualTo(new BigDecimal("29953.00"));
    }
}
