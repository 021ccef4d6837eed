package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Funding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundingChoiceTest {

    private static Funding funding(String text) {
        SourceText src = SourceText.of(text);
        FundingReader.Found found = FundingChoice.choose(
                FundingReader.read(SectionSplitter.split(src, new DatedLines())), FundingMentions.read(src));
        return found == null ? null : found.funding();
    }

    @Test
    void fillsProgrammeAndMeasureFromProseWhereNoSectionNamesThem() {
        Funding f = funding("Kaszubska Droga\n\nMedia o nas\n\nProjekt otrzymał wsparcie z poddziałania 19.3 "
                + "„Przygotowanie i realizacja działań w zakresie współpracy z lokalną grupą działania” objętego "
                + "Programem Rozwoju Obszarów Wiejskich na lata 2014-2020.");
        assertThat(f.programme()).isEqualTo("Program Rozwoju Obszarów Wiejskich");
        assertThat(f.measure()).isEqualTo("19.3");
    }

    @Test
    void theMeasureNamedByItsApproachKeepsTheApproach() {
        Funding f = funding("Środki Unii Europejskiej współfinansują projekt w ramach działania „Wsparcie dla rozwoju "
                + "lokalnego w ramach inicjatywy LEADER” Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.");
        assertThat(f.programme()).isEqualTo("Program Rozwoju Obszarów Wiejskich");
        assertThat(f.measure()).isEqualTo("LEADER");
    }

    @Test
    void nothingNamedIsNoFunding() {
        assertThat(funding("Kohtumine toimus Tartus.")).isNull();
    }
}
