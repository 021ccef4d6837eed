package eu.leadercoop.importer;

import eu.leadercoop.importer.ExtractedProject.Activity;
import eu.leadercoop.importer.ExtractedProject.Contact;
import eu.leadercoop.importer.ExtractedProject.DateSpan;
import eu.leadercoop.importer.ExtractedProject.Event;
import eu.leadercoop.importer.ExtractedProject.ExpectedResult;
import eu.leadercoop.importer.ExtractedProject.MediaItem;
import eu.leadercoop.importer.ExtractedProject.Partner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Pages written for these tests, not taken from the seeds: other languages, label spellings, cases and number
 * formats, to show that the rules are not fitted to five texts.
 */
class VariantPagesTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private static ExtractedProject page(String name) {
        ExtractionOutcome outcome = IMPORTER.extract(name, Fixtures.bytes("variants/" + name));
        assertThat(outcome).isInstanceOf(ExtractedProject.class);
        return (ExtractedProject) outcome;
    }

    @Nested
    class EnglishPage {

        private final ExtractedProject p = page("english.txt");

        @Test
        void readsTitleReferenceAndPeriodInEnglishMonthNames() {
            assertThat(p.language()).isEqualTo("en");
            assertThat(p.title()).isEqualTo("Rural Innovation Exchange");
            assertThat(p.referenceNumber()).isEqualTo("22-LEADER-0042");
            assertThat(p.period()).isEqualTo(new DateSpan("2023-03", "2024-12", "March 2023 – December 2024"));
        }

        @Test
        void readsLeadPartnerAndPartnersJoinedByAndWhereALegalFormShowsTheSeam() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("Mid-Wales Rural Action", "lead_partner"),
                    tuple("Kainuu LAG ry", "partner"),
                    tuple("Võrumaa Partnerluskogu MTÜ", "partner"),
                    tuple("MTÜ Pärnu Lahe Partnerluskogu", "partner"));
        }

        @Test
        void readsAmountsWithCommaThousandsAndCurrencySignInFront() {
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("120500.50"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("96400.40"));
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("24100.10"));
            assertThat(p.budget().currency()).isEqualTo("EUR");
            assertThat(p.budget().warnings()).isEmpty();
        }

        @Test
        void readsFundingTargetGroupsGoalsAndActivitiesWithCommitments() {
            assertThat(p.funding().programme()).isEqualTo("Rural Development Programme");
            assertThat(p.funding().measure()).isEqualTo("Measure 19.3 Cooperation");
            assertThat(p.targetGroups()).containsExactly("young farmers", "village associations", "local entrepreneurs");
            assertThat(p.goals()).hasSize(2);
            assertThat(p.activities()).extracting(Activity::scope, a -> Counted.of(a.commitment())).containsExactly(
                    tuple("joint", new Counted(3, "study_trip", true)),
                    tuple("joint", new Counted(2, "online_meeting", false)));
        }

        @Test
        void readsResultTargetsEventsContactAndWebsite() {
            assertThat(p.expectedResults()).extracting(ExpectedResult::target, ExpectedResult::unit).containsExactly(
                    tuple(new BigDecimal("150"), "participants"), tuple(new BigDecimal("12"), "initiatives"));
            assertThat(p.events()).extracting(Event::date, Event::type, Event::country).containsExactly(
                    tuple(new DateSpan("2023-05-12", "2023-05-12", "12.05.2023"), "meeting", "FI"),
                    tuple(new DateSpan("2024-06-04", "2024-06-07", "June 4–7, 2024"), "study_trip", "EE"));
            assertThat(p.contacts()).containsExactly(new Contact("Jane Doe", "jane.doe@example.org", "+44 1234 567890"));
            assertThat(p.website()).isEqualTo("https://rural-exchange.example.org");
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class PolishPage {

        private final ExtractedProject p = page("polish.txt");

        @Test
        void readsUpperCaseTitleLabelContractNumberAndOdDoPeriod() {
            assertThat(p.language()).isEqualTo("pl");
            assertThat(p.title()).isEqualTo("Smaki Regionów – kulinarne dziedzictwo wsi");
            assertThat(p.referenceNumber()).isEqualTo("00012-6935-UM1011234/22");
            assertThat(p.period()).isEqualTo(new DateSpan("2022-07-01", "2023-10-31", "od 01.07.2022 do 31.10.2023"));
        }

        @Test
        void readsBulletedPartnersWithTheLeadPartnerInBracketsAndAQuotedName() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("Stowarzyszenie „Lokalna Grupa Działania Dolina Karpia”", "lead_partner"),
                    tuple("LGD Ziemia Bielska", "partner"),
                    tuple("Fundacja Wspierania Wsi", "partner"));
        }

        @Test
        void readsAmountsWithDotThousandsAndWkladWlasny() {
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("1234567.89"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("1000000.00"));
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("234567.89"));
            assertThat(p.budget().currency()).isEqualTo("PLN");
            assertThat(p.budget().warnings()).isEmpty();
        }

        @Test
        void readsGoalJointActivitiesAndCoNajmniejDwoch() {
            assertThat(p.goals()).containsExactly("Celem projektu jest promocja dziedzictwa kulinarnego obszarów wiejskich.");
            assertThat(p.activities()).extracting(Activity::scope, a -> Counted.of(a.commitment())).containsExactly(
                    tuple("joint", new Counted(2, "study_trip", true)),
                    tuple("joint", null));
        }

        @Test
        void readsQuarterAndDayEventsMediaAndContact() {
            assertThat(p.events()).extracting(Event::date, Event::type, Event::country).containsExactly(
                    tuple(new DateSpan("2024-33", "2024-33", "I kwartał 2024"), "meeting", null),
                    tuple(new DateSpan("2024-03-12", "2024-03-12", "12.03.2024"), "seminar", "RO"));
            assertThat(p.media()).containsExactly(
                    new MediaItem("2024-04-15", "Artykuł w Gazecie Lokalnej: „Smaki regionów”", null, "15.04.2024"));
            assertThat(p.contacts()).containsExactly(
                    new Contact("Anna Kowalska", "a.kowalska@dolinakarpia.org.pl", "600 123 456"));
        }
    }

    @Nested
    class EstonianPageWithUpperCaseLabelsWithoutColons {

        private final ExtractedProject p = page("estonian-upper-case.txt");

        @Test
        void readsLabelsWithoutColonInUpperCase() {
            assertThat(p.title()).isEqualTo("Külade Lood");
            assertThat(p.period()).isEqualTo(new DateSpan("2023-03-01", "2024-06-30", "01.03.2023 – 30.06.2024"));
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("MTÜ Jõgevamaa Koostöökoda", "lead_partner"),
                    tuple("Tartumaa Arendusselts", "partner"),
                    tuple("MTÜ Põlvamaa Partnerluskogu", "partner"),
                    tuple("SA Valga Arenduskeskus", "partner"));
        }

        @Test
        void keepsFiguresThatDoNotAddUpAsWrittenAndWarns() {
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("45000.00"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("40500.00"));
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("4400.00"));
            assertThat(p.budget().warnings()).containsExactly("Grant 40.500,00 eurot + own contribution 4.400,00 eurot "
                    + "= 44900.00, not the cost 45.000,00 eurot as written; kept as written.");
            assertThat(p.warnings()).containsAll(p.budget().warnings());
        }

        @Test
        void readsTargetGroupsBulletedGoalsAndResultTargets() {
            assertThat(p.targetGroups()).containsExactly("külaseltsid", "noored", "kohalikud ettevõtjad");
            assertThat(p.goals()).containsExactly("Külade lugude kogumine ja jagamine.", "Noorte kaasamine kogukonna ellu.");
            assertThat(p.expectedResults()).extracting(ExpectedResult::target, ExpectedResult::unit).containsExactly(
                    tuple(new BigDecimal("300"), "participants"), tuple(new BigDecimal("15"), "initiatives"));
            assertThat(p.contacts()).containsExactly(new Contact("Mari Maasikas", "mari@example.ee", "5123 4567"));
        }
    }

    @Nested
    class HtmlPageWithScriptsNavigationAndHiddenText {

        private final ExtractedProject p = page("page.html");

        @Test
        void readsTheMainContentOnlyAndNeverTheScriptsOrHiddenElements() {
            assertThat(p.title()).isEqualTo("Merest metsani: rannakülade koostöö");
            assertThat(p.period()).isEqualTo(new DateSpan("2024-21", "2025-23", "kevad 2024 – sügis 2025"));
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("20000.00"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("18000.00"));
            assertThat(p.warnings()).noneMatch(w -> w.contains("Avaleht") || w.contains("never run") || w.contains("peidetud"));
        }

        @Test
        void readsPartnersWithNonBreakingSpacesListItemsAndTheLinkedWebsite() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("MTÜ Läänemere Rannakalurid", "lead_partner"),
                    tuple("MTÜ Saarte Koostöökogu", "partner"));
            assertThat(p.activities()).extracting(a -> Counted.of(a.commitment())).containsExactly(
                    new Counted(2, "study_trip", false), new Counted(1, "online_meeting", false));
            assertThat(p.website()).isEqualTo("https://merestmetsani.example.ee");
        }
    }

    @Nested
    class EstonianCrossBorderPageWithDashBulletsAndKuniPeriod {

        private final ExtractedProject p = page("estonian-cross-border.txt");

        @Test
        void readsTheQuotedNameAsTitleAndTheKuniRange() {
            assertThat(p.title()).isEqualTo("Kogukonnad liikvel");
            assertThat(p.referenceNumber()).isEqualTo("20-19302100023");
            assertThat(p.period()).isEqualTo(new DateSpan("2020-02-01", "2021-08-31", "01.02.2020 kuni 31.08.2021"));
        }

        @Test
        void readsOmafinantseeringAndCompoundIndicatorUnits() {
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("5000.00"));
            assertThat(p.budget().warnings()).isEmpty();
            assertThat(p.expectedResults()).extracting(ExpectedResult::text, ExpectedResult::target, ExpectedResult::unit)
                    .startsWith(tuple("vähemalt 60 osalejat", new BigDecimal("60"), "participants"),
                            tuple("3 uut koostööalgatust.", new BigDecimal("3"), "initiatives"));
        }

        @Test
        void readsDashBulletsContactWithRoleWordAndWebsiteWithoutScheme() {
            assertThat(p.goals()).containsExactly("tugevdada kogukondade koostööd üle piiri", "tõsta noorte aktiivsust.");
            assertThat(Counted.of(p.activities().get(1).commitment())).isEqualTo(new Counted(2, "seminar", false));
            assertThat(p.contacts()).containsExactly(new Contact("Tiina Tamm", "tiina@hiidlased.ee", "5555 1234"));
            assertThat(p.website()).isEqualTo("www.hiidlased.ee/kogukonnad");
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class PolishPageWithApplicantAndTasks {

        private final ExtractedProject p = page("polish-applicant.txt");

        @Test
        void readsApplicantPartnersJoinedByOrazAndMonthNamePeriod() {
            assertThat(p.title()).isEqualTo("Szlakiem tradycji");
            assertThat(p.period()).isEqualTo(new DateSpan("2022-07", "2023-12", "lipiec 2022 – grudzień 2023"));
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("Stowarzyszenie LGD Dolina Bugu", "applicant"),
                    tuple("LGD Ziemi Łęczyńskiej", "partner"),
                    tuple("Fundacja Rozwoju Wsi", "partner"),
                    tuple("Stowarzyszenie LGD Poleska Dolina Bugu", "partner"));
        }

        @Test
        void readsValueAndKwotaPomocy() {
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("245000.00"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("200000.00"));
            assertThat(p.budget().currency()).isEqualTo("PLN");
        }

        @Test
        void readsTasksWithCountsAndIndicatorsSeparatedByCommas() {
            assertThat(p.activities()).extracting(a -> Counted.of(a.commitment())).containsExactly(
                    new Counted(3, "seminar", false), null, new Counted(1, "conference", false));
            assertThat(p.expectedResults()).extracting(ExpectedResult::text, ExpectedResult::target, ExpectedResult::unit)
                    .containsExactly(tuple("150 uczestników warsztatów", new BigDecimal("150"), "participants"),
                            tuple("1 publikacja", new BigDecimal("1"), "publications"));
            assertThat(p.contacts()).containsExactly(new Contact(null, "biuro@dolinabugu.pl", "83 341 20 15"));
            assertThat(p.website()).isEqualTo("www.dolinabugu.pl");
        }
    }

    @Nested
    class EstonianPageWithBreadcrumbRolesAfterDashesAndContactOverSeveralLines {

        private final ExtractedProject p = page("estonian-breadcrumb-multiline-contact.txt");

        @Test
        void skipsTheBreadcrumbAndReadsThePeriodInsideADuration() {
            assertThat(p.title()).isEqualTo("Rannarahva toidutee");
            assertThat(p.period()).isEqualTo(new DateSpan("2023-01-01", "2024-12-31", "01.01.2023–31.12.2024"));
        }

        @Test
        void readsOnePartnerPerLineWithTheRoleAfterADashAndTheCountryInBracketsLeftOut() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role, Partner::asWritten).containsExactly(
                    tuple("MTÜ Läänerannik", "lead_partner", "MTÜ Läänerannik – juhtpartner"),
                    tuple("MTÜ Pärnumaa Rannakalandus", "partner", "MTÜ Pärnumaa Rannakalandus"),
                    tuple("Leader Kainuu ry", "partner", "Leader Kainuu ry (Soome)"));
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("54000.00"));
            assertThat(p.budget().warnings()).isEmpty();
        }

        @Test
        void readsEventsMediaWithDatesAtTheEndAndLinksAndOneContactFromFourLines() {
            assertThat(Counted.of(p.activities().get(0).commitment())).isEqualTo(new Counted(2, "major_event", true));
            assertThat(p.events()).extracting(Event::date, Event::type, Event::country).containsExactly(
                    tuple(new DateSpan("2023-05-12", "2023-05-12", "12.05.2023"), "seminar", null),
                    tuple(new DateSpan("2023-09-02", "2023-09-03", "2.-3.09.2023"), "study_trip", "FI"));
            assertThat(p.media()).containsExactly(
                    new MediaItem("2023-05-14", "Artikkel \"Toidutee avati\" Pärnu Postimehes",
                            "https://parnu.postimees.ee/toidutee", "14.05.2023"),
                    new MediaItem("2023-09-04", "ERR uudis: Rannarahvas käis Soomes", null, "04.09.2023"));
            assertThat(p.contacts()).containsExactly(new Contact("Mari Tamm", "mari.tamm@laanerannik.ee", "+372 5123 4567"));
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class EventLinesBeginningWithAListOfDatesOrAQuarterAbbreviation {

        private final ExtractedProject p = page("dated-lines.txt");

        @Test
        void readsOneEventPerDateOfAListWithTheWholeListAsWritten() {
            assertThat(p.events()).extracting(Event::date, Event::title, Event::type).containsExactly(
                    tuple(new DateSpan("2020-03", "2020-03", "2020. ja 2021. aasta märtsis"), "Häkaton", "hackathon"),
                    tuple(new DateSpan("2021-03", "2021-03", "2020. ja 2021. aasta märtsis"), "Häkaton", "hackathon"),
                    tuple(new DateSpan("2023-36", "2023-36", "IV kw. 2023"), "Seminarium", "seminar"),
                    tuple(new DateSpan("2023-35", "2023-35", "III kwartał 2023"), "Spotkanie", "meeting"),
                    tuple(new DateSpan("2024-03-15", "2024-03-15", "15 marca 2024, 22 marca 2024 i 5 kwietnia 2024"),
                            "Warsztaty", "seminar"),
                    tuple(new DateSpan("2024-03-22", "2024-03-22", "15 marca 2024, 22 marca 2024 i 5 kwietnia 2024"),
                            "Warsztaty", "seminar"),
                    tuple(new DateSpan("2024-04-05", "2024-04-05", "15 marca 2024, 22 marca 2024 i 5 kwietnia 2024"),
                            "Warsztaty", "seminar"));
            assertThat(p.activities()).isEmpty();
            assertThat(p.warnings()).isEmpty();
        }
    }

    /** The seeds with every label's colon removed, or every label in upper case: the same facts come out. */
    @Nested
    class SeedsWithLabelsWithoutColonsOrInUpperCase {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"without-colons, 0", "without-colons, 1", "without-colons, 2", "without-colons, 3", "without-colons, 4",
                "upper-case-labels, 0", "upper-case-labels, 1", "upper-case-labels, 2", "upper-case-labels, 3",
                "upper-case-labels, 4"})
        void giveWhatTheSeedGives(String folder, int seed) {
            ExtractedProject p = page(folder + "/" + Fixtures.SEEDS[seed]);
            ExtractedProject original = (ExtractedProject) IMPORTER.extract(Fixtures.SEEDS[seed],
                    Fixtures.bytes("seeds/" + Fixtures.SEEDS[seed]));
            assertThat(p.title()).isEqualTo(original.title()).isNotNull();
            assertThat(p.language()).isEqualTo(original.language());
            assertThat(p.referenceNumber()).isEqualTo(original.referenceNumber());
            assertThat(p.period()).isEqualTo(original.period());
            assertThat(p.partners()).isEqualTo(original.partners()).isNotEmpty();
            assertThat(p.budget()).isEqualTo(original.budget());
            assertThat(p.funding() == null ? null : p.funding().programme())
                    .isEqualTo(original.funding() == null ? null : original.funding().programme());
            assertThat(p.targetGroups()).isEqualTo(original.targetGroups());
            assertThat(p.goals()).isEqualTo(original.goals()).isNotEmpty();
            assertThat(p.activities()).isEqualTo(original.activities());
            assertThat(p.expectedResults()).isEqualTo(original.expectedResults());
            assertThat(p.events()).isEqualTo(original.events());
            assertThat(p.media()).isEqualTo(original.media());
            assertThat(p.contacts()).isEqualTo(original.contacts());
            assertThat(p.summary()).isEqualTo(original.summary());
        }
    }

    @Nested
    class PartnerActivityHeadingsThatNameThePartnerWithALegalFormOrAfterTheLabel {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "MTÜ Saarte Koostöökogu lisategevused|MTÜ Saarte Koostöökogu",
                "Działania własne partnera LGD Ziemia Bielska|LGD Ziemia Bielska",
                "Additional activities of Pomurje LAG|Pomurje LAG",
                "Own activities of the partner Pomurje LAG:|Pomurje LAG"})
        void readThePartnersOwnActivities(String heading, String partner) {
            ExtractedProject p = IMPORTER.extractText("h.txt", "Rannakülade koostöö\n\n"
                    + "Partnerid: MTÜ Läänerannik, MTÜ Saarte Koostöökogu, LGD Ziemia Bielska, Pomurje LAG\n\n"
                    + "Projekti eesmärgid\n1. Rannaküla toidu tutvustamine.\n" + heading + "\n"
                    + "1. Vähemalt ühe õppereisi korraldamine.\n");
            assertThat(p.goals()).containsExactly("Rannaküla toidu tutvustamine.");
            assertThat(p.activities()).extracting(Activity::scope, Activity::partner, Activity::text)
                    .containsExactly(tuple("partner", partner, "Vähemalt ühe õppereisi korraldamine."));
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class PolishPageWithLowerCaseLabelsWithoutColons {

        private final ExtractedProject p = page("polish-lower-case-labels.txt");

        @Test
        void readsEveryLabelWrittenInLowerCaseWithoutColon() {
            assertThat(p.period()).isEqualTo(new DateSpan("2023-03-01", "2024-11-30", "01.03.2023 – 30.11.2024"));
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("Lokalna Grupa Działania „Dolina Karpia”", "lead_partner"),
                    tuple("Stowarzyszenie LGD Ziemia Bielska", "partner"));
            assertThat(p.budget()).extracting(b -> b.cost(), b -> b.grant(), b -> b.ownContribution(), b -> b.currency())
                    .containsExactly(new BigDecimal("250000.00"), new BigDecimal("225000.00"), new BigDecimal("25000.00"), "PLN");
            assertThat(p.funding()).isEqualTo(new ExtractedProject.Funding("PROW", "działanie 19.3 Współpraca",
                    "priorytet 6 PROW", null));
            assertThat(p.targetGroups()).containsExactly("producenci rolni", "koła gospodyń wiejskich");
            assertThat(p.goals()).containsExactly("Promocja produktów lokalnych.", "Wzmocnienie współpracy producentów.");
            assertThat(p.activities()).extracting(Activity::text, a -> Counted.of(a.commitment())).containsExactly(
                    tuple("Organizacja co najmniej trzech targów produktów lokalnych.", new Counted(3, "major_event", false)),
                    tuple("Wydanie katalogu.", null));
            assertThat(p.contacts()).containsExactly(new Contact(null, "biuro@dolinakarpia.org.pl", "33 810 12 34"));
            assertThat(p.warnings()).isEmpty();
        }

        @Test
        void readsResultTargetsWhoseUnitIsNotInTheVocabularyWithTheNounPhraseAfterTheNumber() {
            assertThat(p.expectedResults()).extracting(ExpectedResult::text, ExpectedResult::target, ExpectedResult::unit)
                    .containsExactly(tuple("ok. 500 odwiedzających targi", new BigDecimal("500"), "odwiedzających targi"),
                            tuple("30 producentów w katalogu", new BigDecimal("30"), "producentów"));
        }
    }

    @Nested
    class EnglishPageWithLowerCaseLabels {

        private final ExtractedProject p = page("english-lower-case-labels.txt");

        @Test
        void readsTwoTargetsOfOneResultWithUnitsOutsideTheVocabularyAndThousandsGroupedBySpace() {
            assertThat(p.expectedResults()).extracting(ExpectedResult::target, ExpectedResult::unit).containsExactly(
                    tuple(new BigDecimal("2"), "festivals"), tuple(new BigDecimal("2000"), "visitors"));
            assertThat(p.activities()).extracting(a -> Counted.of(a.commitment()))
                    .containsExactly(new Counted(2, "major_event", true));
            assertThat(p.funding().programme()).isEqualTo("LEADER");
            assertThat(p.contacts()).containsExactly(new Contact("Mari Tamm", "mari@example.ee", null));
            assertThat(p.website()).isEqualTo("https://foodtrail.example.eu");
        }
    }
}
