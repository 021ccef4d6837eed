package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundingMentionsTest {

    private static FundingMentions.Result read(String text) {
        return FundingMentions.read(SourceText.of(text));
    }

    @Test
    void namesAnInflectedProgrammeByItsBaseFormAndReadsTheSubMeasureCode() {
        FundingMentions.Result r = read("Projekt jest współfinansowany ze środków Unii Europejskiej w ramach poddziałania "
                + "19.3 Przygotowanie i realizacja działań w zakresie współpracy z lokalną grupą działania, objętego "
                + "Programem Rozwoju Obszarów Wiejskich na lata 2014-2020.");
        assertThat(r.programme().value()).isEqualTo("Program Rozwoju Obszarów Wiejskich");
        assertThat(r.measure().value()).isEqualTo("19.3");
    }

    @Test
    void readsTheProgrammeWithItsPeriodInsideTheName() {
        FundingMentions.Result r = read("Projektą iš dalies finansuoja Europos Sąjunga pagal Kaimo plėtros 2014-2020 "
                + "metų programos priemonę „Parama vietos plėtrai pagal iniciatyvą LEADER“.");
        assertThat(r.programme().value()).isEqualTo("Kaimo plėtros programa");
        assertThat(r.approach()).isEqualTo("LEADER");
    }

    @Test
    void readsLeaderInCompoundsAndCaseEndingsButNotTheEnglishWord() {
        assertThat(read("Rahoitus tulee Leaderin kautta (Euroopan maaseudun kehittämisrahasto).").programme().value())
                .isEqualTo("LEADER");
        assertThat(read("The project trains village leaders and their leadership.").programme()).isNull();
    }

    @Test
    void aProgrammeOnALineOfItsOwnOutweighsMentionsInProse() {
        FundingMentions.Result r = read("Den första gäller samarbete med Leaderområden i Wales.\n"
                + "Projekttyp: Samarbete med andra Leaderområden\n\nLandsbygdsfonden\n");
        assertThat(r.programme().value()).isEqualTo("Landsbygdsfonden");
    }

    @Test
    void theProgrammeThatFundsComesBeforeTheApproachOfTheSameSentence() {
        FundingMentions.Result r = read("Jde o projekt financovaný z dotace Programu rozvoje venkova Osy IV. Leader, "
                + "v němž dvě místní akční skupiny společně plánují.");
        assertThat(r.programme().value()).isEqualTo("Program rozvoje venkova");
    }

    @Test
    void aRunningCostsFooterNamesTheProgrammeOnlyWhereNothingElseDoes() {
        String footer = "Działalność LGD jest współfinansowana ze środków Unii Europejskiej w ramach działania 19, "
                + "poddziałanie 19.4 „Wsparcie na rzecz kosztów bieżących i aktywizacji” objęte Programem Rozwoju "
                + "Obszarów Wiejskich na lata 2014-2020.";
        assertThat(read("Spotkanie partnerów.\n" + footer).programme().value())
                .isEqualTo("Program Rozwoju Obszarów Wiejskich");
        assertThat(read("Projekt zorganizowano dzięki dofinansowaniu z Programu Operacyjnego „Rybactwo i Morze”.\n"
                + footer).programme().value()).isEqualTo("Program Operacyjny Rybactwo i Morze");
        assertThat(read("Spotkanie partnerów.\n" + footer).measure().weight()).isEqualTo(1);
    }

    @Test
    void namesWrittenTogetherAreOneName() {
        assertThat(read("I am pleased to back this project through the LEADER Rural Development Programme 2014-2020.")
                .programme().value()).isEqualTo("LEADER Rural Development Programme");
    }
}
