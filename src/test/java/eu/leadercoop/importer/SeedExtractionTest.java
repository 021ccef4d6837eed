package eu.leadercoop.importer;

import eu.leadercoop.importer.ExtractedProject.Activity;
import eu.leadercoop.importer.ExtractedProject.Commitment;
import eu.leadercoop.importer.ExtractedProject.Contact;
import eu.leadercoop.importer.ExtractedProject.DateSpan;
import eu.leadercoop.importer.ExtractedProject.Event;
import eu.leadercoop.importer.ExtractedProject.ExpectedResult;
import eu.leadercoop.importer.ExtractedProject.MediaItem;
import eu.leadercoop.importer.ExtractedProject.Partner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every fact each seed page states comes out of {@code extract}, with exact values. */
class SeedExtractionTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private static ExtractedProject seed(int n) {
        ExtractionOutcome outcome = IMPORTER.extract(Fixtures.SEEDS[n], Fixtures.bytes("seeds/" + Fixtures.SEEDS[n]));
        assertThat(outcome).isInstanceOf(ExtractedProject.class);
        return (ExtractedProject) outcome;
    }

    @Nested
    class Seed000ExperienceExchangeLeadPartnerPage {

        private final ExtractedProject p = seed(0);

        @Test
        void readsTitleLanguageAndPeriodAsMonths() {
            assertThat(p.source()).isEqualTo("000_bfbd7f282b01c043.txt");
            assertThat(p.language()).isEqualTo("et");
            assertThat(p.title()).isEqualTo("Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine");
            assertThat(p.referenceNumber()).isNull();
            assertThat(p.period()).isEqualTo(new DateSpan("2024-01", "2025-06", "jaanuar 2024 – juuni 2025"));
        }

        @Test
        void readsSixPartnersWithTheLeadPartnerFromItsBracketedRole() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("MTÜ Lääne-Harju Koostöökogu", "lead_partner"),
                    tuple("MTÜ Põhja-Harju Koostöökogu", "partner"),
                    tuple("MTÜ Nelja Valla Kogu", "partner"),
                    tuple("MTÜ Raplamaa Partnerluskogu", "partner"),
                    tuple("MTÜ Kodukant Läänemaa", "partner"),
                    tuple("MTÜ Ida-Harju Koostöökoda", "partner"));
            assertThat(p.partners().get(0).asWritten()).isEqualTo("MTÜ Lääne-Harju Koostöökogu (juhtpartner)");
            assertThat(p.partners()).allSatisfy(x -> assertThat(x.organisationId()).isNull());
        }

        @Test
        void readsFiveNumberedGoals() {
            assertThat(p.goals()).hasSize(5);
            assertThat(p.goals().get(1)).isEqualTo("Kogukondade eestvedajad ja ettevõtjad on motiveeritud ja julgustatud koostööd tegema.");
            assertThat(p.goals().get(4)).isEqualTo("LEADER tegevusrühmade tegevmeeskondade ja juhatuse liikmete teadmusbaas on suurenenud.");
        }

        @Test
        void readsThreeJointAndFourIdaHarjuActivitiesWithTheirCommitments() {
            assertThat(p.activities()).extracting(Activity::scope, Activity::partner, a -> Counted.of(a.commitment())).containsExactly(
                    tuple("joint", null, new Counted(1, "study_trip", false)),
                    tuple("joint", null, new Counted(1, "seminar", false)),
                    tuple("joint", null, new Counted(3, "meeting", true)),
                    tuple("partner", "MTÜ Ida-Harju Koostöökoda", null),
                    tuple("partner", "MTÜ Ida-Harju Koostöökoda", new Counted(1, "study_trip_abroad", false)),
                    tuple("partner", "MTÜ Ida-Harju Koostöökoda", null),
                    tuple("partner", "MTÜ Ida-Harju Koostöökoda", new Counted(1, "seminar", false)));
            assertThat(p.activities().get(1).text())
                    .isEqualTo("Vähemalt ühe füüsilise koostööseminari korraldamine partnerite tegevmeeskonnale ja juhatusele.");
        }

        @Test
        void readsActivityNumbersAndEveryKindOfEventACommitmentCounts() {
            assertThat(p.activities()).extracting(Activity::label).containsExactly("1", "2", "3", "1", "2", "3", "4");
            Commitment first = p.activities().get(0).commitment();
            assertThat(first.eventTypes()).containsExactly("study_trip", "meeting", "seminar");
            assertThat(first.asWritten()).isEqualTo("vähemalt ühe õppereisi, kohtumise või seminari");
            assertThat(first.physicalOnly()).isFalse();
            Commitment second = p.activities().get(1).commitment();
            assertThat(second.eventTypes()).containsExactly("seminar");
            assertThat(second.physicalOnly()).isTrue();
            assertThat(second.asWritten()).isEqualTo("Vähemalt ühe füüsilise koostööseminari");
            assertThat(p.activities().get(2).commitment().asWritten()).isEqualTo("Vähemalt kolme koosoleku");
        }

        @Test
        void statesNoMoneyEventsMediaOrContactsAndPointsAtTheSentenceItCouldNotPlace() {
            assertThat(p.budget().cost()).isNull();
            assertThat(p.budget().currency()).isNull();
            assertThat(p.events()).isEmpty();
            assertThat(p.media()).isEmpty();
            assertThat(p.contacts()).isEmpty();
            assertThat(p.website()).isNull();
            assertThat(p.warnings()).containsExactly(
                    "Text not placed in any field: “Tegevused jagunevad kaheks – ühistegevused ja iga partneri lisategevused.”");
        }

        @Test
        void marksWhereTheTitleWasRead() {
            assertThat(p.fields().get("title").span()).containsExactly(0, 63);
            assertThat(p.fields()).containsKeys("period", "partners", "goals", "activities");
        }
    }

    @Nested
    class Seed001SamePartnershipSeenByKodukantLaanemaa {

        private final ExtractedProject p = seed(1);

        @Test
        void readsPeriodAndTakesTheTitleFromTheQuotedNameInTheNews() {
            assertThat(p.period()).isEqualTo(new DateSpan("2024-02", "2025-06", "veebruar 2024 – juuni 2025"));
            assertThat(p.title()).isEqualTo("Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine");
            assertThat(p.fields().get("title").confidence()).isLessThan(0.6);
        }

        @Test
        void readsFivePartnersWithLegalFormsBeforeOrAfterAndThePartnerThatJoinedLater() {
            assertThat(p.partners()).extracting(Partner::name).containsExactly("MTÜ Lääne-Harju Koostöökogu",
                    "MTÜ Nelja Valla Kogu", "Ida-Harju Koostöökoda MTÜ", "MTÜ Põhja-Harju Koostöökogu",
                    "Raplamaa Partnerluskogu MTÜ", "Kodukant Läänemaa");
            assertThat(p.partners()).extracting(Partner::role).containsOnly("partner");
            assertThat(p.partners()).extracting(Partner::joined).containsExactly(null, null, null, null, null, "2024-03-01");
        }

        @Test
        void readsFiveGoalsAndSixActivitiesButNotTheDatedLinesAsActivities() {
            assertThat(p.goals()).hasSize(5);
            assertThat(p.activities()).extracting(Activity::scope, Activity::partner, a -> Counted.of(a.commitment())).containsExactly(
                    tuple("joint", null, new Counted(1, "study_trip", false)),
                    tuple("joint", null, new Counted(1, "seminar", false)),
                    tuple("joint", null, new Counted(3, "meeting", true)),
                    tuple("partner", "KKLM", new Counted(1, "study_trip_abroad", false)),
                    tuple("partner", "KKLM", new Counted(1, "major_event", false)),
                    tuple("partner", "KKLM", new Counted(1, "seminar", false)));
            assertThat(p.activities().get(2).text()).isEqualTo("Vähemalt kolme koosoleku korraldamine erinevates projekti "
                    + "piirkondades, kus hoitakse infovälja aktiivsena projekti kõigi tegevuste osas, kooskõlastatakse "
                    + "õppereiside teemasid ja ajagraafikut.");
        }

        @Test
        void readsSevenDatedEventsWithTypeAndCountry() {
            assertThat(p.events()).extracting(Event::date, Event::type, Event::country).containsExactly(
                    tuple(new DateSpan("2025-21", "2025-21", "kevad 2025"), "study_trip_abroad", null),
                    tuple(new DateSpan("2024-11", "2024-11", "11/2024"), "year_end_event", null),
                    tuple(new DateSpan("2024-11-08", "2024-11-08", "08.11 2024"), "seminar", null),
                    tuple(new DateSpan("2024-08-23", "2024-08-24", "23.-24.08 2024"), "study_trip", null),
                    tuple(new DateSpan("2024-06-04", "2024-06-07", "4.-7.06 2024"), "conference", "RO"),
                    tuple(new DateSpan("2024-03-15", "2024-03-15", "15.03 2024"), "online_meeting", null),
                    tuple(new DateSpan("2024-03-14", "2024-03-14", "14.03 2024"), "online_meeting", null));
            assertThat(p.events().get(4).title())
                    .isEqualTo("Osalemine rahvusvahelisel LEADER konverentsil LINC 2024 Rumeenias");
        }

        @Test
        void readsTheMediaItemAndTheContact() {
            assertThat(p.media()).containsExactly(new MediaItem("2024-03-01", "Kodukant Läänemaa liitus "
                    + "koostööprojektiga “Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine”", null, "01.03.2024"));
            assertThat(p.contacts()).containsExactly(new Contact("Kai Kulbok", "kai.kulbok@kklm.ee", "+372 552 2385"));
        }

        @Test
        void placesEveryLine() {
            assertThat(p.warnings()).isEmpty();
        }
    }

    @Nested
    class Seed002SmartVillagesWithReferenceAndBudget {

        private final ExtractedProject p = seed(2);

        @Test
        void readsTitleWithoutTheCallNumberReferenceAndPeriodInDays() {
            assertThat(p.title()).isEqualTo("Arukate külade arenguprogramm");
            assertThat(p.referenceNumber()).isEqualTo("19302100001");
            assertThat(p.period()).isEqualTo(new DateSpan("2021-01-01", "2022-12-31", "01.01.2021 – 31.12.2022"));
        }

        @Test
        void readsThirteenPartnersWithLowerAndUpperCaseNames() {
            assertThat(p.partners()).extracting(Partner::name).containsExactly("Tartumaa Arendusselts",
                    "mittetulundusühing Valgamaa Partnerluskogu", "Lääne-Harju Koostöökogu", "Jõgevamaa Koostöökoda",
                    "Mittetulundusühing Võrumaa Partnerluskogu", "Pärnu Lahe Partnerluskogu",
                    "mittetulundusühing Järva Arengu Partnerid", "Mittetulundusühing PAIK", "IDA-HARJU KOOSTÖÖKODA",
                    "Rohelise Jõemaa Koostöökogu", "Mittetulundusühing Põhja-Harju Koostöökogu",
                    "Mittetulundusühing VIRUMAA KOOSTÖÖKOGU", "Põlvamaa Partnerluskogu");
        }

        @Test
        void readsAllPartnersBudgetCostAndGrantToTheCentAndDerivesTheOwnContribution() {
            assertThat(p.budget().partnersTotal()).isEqualByComparingTo("251928.00");
            assertThat(p.budget().partnersTotal().scale()).isEqualTo(2);
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("33000.00"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("29700.00"));
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("3300.00"));
            assertThat(p.budget().currency()).isEqualTo("EUR");
            assertThat(p.budget().warnings()).containsExactly("Own contribution not stated; 3300.00 is cost − grant.");
            assertThat(p.fields().get("budget.own_contribution")).isNull();
        }

        @Test
        void readsOneGoalFromTheGoalParagraph() {
            assertThat(p.goals()).containsExactly(
                    "Projekti eesmärk on aktiivsed ja koostööle orienteeritud külakogukonnad JAP tegevuspiirkonnas.");
        }

        @Test
        void readsNumberedAndSubNumberedActivitiesWithTheTrainingModuleCommitment() {
            assertThat(p.activities()).hasSize(8);
            assertThat(p.activities().subList(0, 7)).extracting(Activity::scope).containsOnly("joint");
            assertThat(Counted.of(p.activities().get(1).commitment())).isEqualTo(new Counted(6, "training_module", false));
            assertThat(p.activities().get(1).text()).startsWith("6 koolitusmoodulit erinevatel teemadel (sotsiaalne");
        }

        @Test
        void readsActivity2AsTheOwnActivityOfJarvaArenguPartneridNamedByItsInitials() {
            Activity jap = p.activities().get(7);
            assertThat(jap.label()).isEqualTo("2");
            assertThat(jap.text()).startsWith("JAP piirkonnas läbiviidavad tegevused");
            assertThat(jap).extracting(Activity::scope, Activity::partner)
                    .containsExactly("partner", "mittetulundusühing Järva Arengu Partnerid");
        }

        @Test
        void readsTheCallNumberBeforeTheTitleAsTheLocalCode() {
            assertThat(p.localCode()).isEqualTo("2021/1");
        }

        @Test
        void readsBothStudyTripsOf12WithTheDeadlineOfTheTripAbroadAndThePilotActionOf13() {
            Activity trips = p.activities().get(2);
            assertThat(trips.label()).isEqualTo("1.2");
            assertThat(trips.commitments()).extracting(Commitment::minCount, Commitment::eventTypes, Commitment::deadline,
                    Commitment::asWritten).containsExactly(
                    tuple(1, List.of("study_trip"), null, "2-päevane õppereis"),
                    tuple(1, List.of("study_trip_abroad"), "2022-21",
                            "5-päevane õppereis välisriiki (välisreis on planeeritud 2022 kevadeks)"));
            Activity pilots = p.activities().get(3);
            assertThat(pilots.label()).isEqualTo("1.3");
            assertThat(pilots.commitments()).extracting(Commitment::minCount, Commitment::eventTypes, Commitment::asWritten)
                    .containsExactly(tuple(1, List.of("pilot_action"), "vähemalt ühe strateegias välja toodud piloottegevuse"));
            assertThat(p.activities().get(5).commitment()).as("5 days of mentoring is no count of events").isNull();
        }

        @Test
        void readsResultsAndTheMentorDaysIndicatorFromTheActivities() {
            assertThat(p.expectedResults()).hasSize(4);
            assertThat(p.expectedResults().get(3)).isEqualTo(new ExpectedResult(
                    "Kokku on arvestatud 5 tööpäeva mentortuge igale külale/piirkonnale", new BigDecimal("5"),
                    "mentor days per village"));
        }
    }

    @Nested
    class Seed003HackathonWithAmountsInWords {

        private final ExtractedProject p = seed(3);

        @Test
        void readsTheTitleAfterAnImagesAltTextAndThePeriod() {
            assertThat(p.title()).isEqualTo("Vunki mano! loometalgud");
            assertThat(p.period()).isEqualTo(new DateSpan("2019-09", "2021-12", "september 2019 – detsember 2021"));
        }

        @Test
        void readsCostGrantAndOwnContributionThatAddUp() {
            assertThat(p.budget().cost()).isEqualTo(new BigDecimal("33002.80"));
            assertThat(p.budget().grant()).isEqualTo(new BigDecimal("29702.52"));
            assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("3300.28"));
            assertThat(p.budget().partnersTotal()).isNull();
            assertThat(p.budget().currency()).isEqualTo("EUR");
            assertThat(p.budget().warnings()).isEmpty();
        }

        @Test
        void readsApplicantAndPartnerFromRoleWords() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("SA Võrumaa Arenduskeskus", "applicant"),
                    tuple("MTÜ Võrumaa Omavalitsuste Liit", "partner"));
        }

        @Test
        void readsTheFunderAsProgrammeAndMeasure() {
            assertThat(p.funding().programme()).isEqualTo("MTÜ Võrumaa Partnerluskogu strateegia");
            assertThat(p.funding().measure()).isEqualTo("meede 1.2 “Kogukonna arendamine läbi ühiskoostöö”");
        }

        @Test
        void readsTheAimAsGoalAndTheRestAsSummary() {
            assertThat(p.goals()).containsExactly("Projekti aitab edendada Võru maakonda kui sotsiaalse innovatsiooni "
                    + "sõbralikku piirkonda, kus koosloome on uus norm avalike teenuste ja kogukonda puudutavate "
                    + "lahenduste arendamisel.");
            assertThat(p.summary()).startsWith("Projekti aitab edendada").contains("ca 20 uut koosloomelist algatust");
        }

        @Test
        void readsTheTwoHackathonsTheActivityPlansInMarch2020AndMarch2021AsEvents() {
            assertThat(p.events()).extracting(Event::date, Event::title, Event::type, Event::country).containsExactly(
                    tuple(new DateSpan("2020-03", "2020-03", "2020. ja 2021.aasta märtsis"), "Vunki mano! loometalgud",
                            "hackathon", null),
                    tuple(new DateSpan("2021-03", "2021-03", "2020. ja 2021.aasta märtsis"), "Vunki mano! loometalgud",
                            "hackathon", null));
        }

        @Test
        void readsTheActivityWithItsTwoHackathonsAndTheResultTargets() {
            assertThat(p.activities()).hasSize(1);
            assertThat(Counted.of(p.activities().get(0).commitment())).isEqualTo(new Counted(2, "hackathon", false));
            assertThat(p.expectedResults()).hasSize(7);
            assertThat(p.expectedResults()).filteredOn(r -> r.target() != null)
                    .extracting(ExpectedResult::target, ExpectedResult::unit, ExpectedResult::approximate)
                    .as("both are written with 'ca'")
                    .containsExactly(tuple(new BigDecimal("200"), "participants", true),
                            tuple(new BigDecimal("20"), "initiatives", true));
        }
    }

    @Nested
    class Seed004PolishNetworkProject {

        private final ExtractedProject p = seed(4);

        @Test
        void readsTitleLanguageAndPeriodInDays() {
            assertThat(p.language()).isEqualTo("pl");
            assertThat(p.title()).isEqualTo("Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich");
            assertThat(p.period()).isEqualTo(new DateSpan("2022-07-01", "2023-10-31", "01.07.2022–31.10.2023"));
        }

        @Test
        void readsFourNetworkPartnersWithQuotedNamesAndAndInsideNames() {
            assertThat(p.partners()).extracting(Partner::name, Partner::role).containsExactly(
                    tuple("Lokalna Grupa Działania Ziemi Kraśnickiej", "network_partner"),
                    tuple("Powiat Myszkowski", "network_partner"),
                    tuple("Lokalna Grupa Działania „Puszcza Kozienicka”", "network_partner"),
                    tuple("Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania", "network_partner"));
        }

        @Test
        void readsTheProjectsBudgetInZlotyAsAllPartnersBudgetAsTheHandEnteredRecordHasIt() {
            assertThat(p.budget().partnersTotal()).isEqualTo(new BigDecimal("176072.20"));
            assertThat(p.budget().cost()).isNull();
            assertThat(p.budget().currency()).isEqualTo("PLN");
            assertThat(p.budget().grant()).isNull();
            assertThat(p.fields()).containsKey("budget.partners_total").doesNotContainKey("budget.cost");
        }

        @Test
        void readsPriorityObjectiveAndActionOfTheFunding() {
            assertThat(p.funding().programme()).isEqualTo("PROW");
            assertThat(p.funding().priority()).startsWith("Priorytet 6 PROW: Wspieranie włączenia społecznego");
            assertThat(p.funding().objective()).startsWith("Cel 5: Aktywizacja mieszkańców wsi");
            assertThat(p.funding().measure()).startsWith("Działanie 4 KSOW: Szkolenia i działania");
        }

        @Test
        void readsTargetGroupGoalAndContact() {
            assertThat(p.targetGroups()).containsExactly("przedstawiciele lokalnych grup działania z 4 województw tj. "
                    + "województwa lubelskiego, mazowieckiego, lubuskiego oraz śląskiego");
            assertThat(p.contacts()).containsExactly(new Contact(null, "biuro@lgdkrasnik.pl", null));
        }

        @Test
        void readsTheTwoGoalsOfTheDescriptionTheSentencesThatStateAnAim() {
            assertThat(p.goals()).containsExactly("Mając to na uwadze, pojawił się pomysł realizacji projektu, który "
                    + "służyłby wymianie doświadczeń, prezentacji dobrych praktyk oraz podniesieniu jakości działań "
                    + "podejmowanych na terenie partnerskich LGD.", "Celem wizyt studyjnych będzie zaprezentowanie "
                    + "uczestnikom komplementarności podejmowanych działań finansowanych z różnych funduszy, które "
                    + "pozwalają efektywniej wpływać lokalnym grupom działania na rozwój społeczno-gospodarczy danego "
                    + "obszaru.");
            assertThat(p.summary()).startsWith("Lokalne grupy działania często miewają trudności");
        }

        @Test
        void readsTheTwoStudyTripsAndTheBulletinTheDescriptionPlansAsActivities() {
            assertThat(p.activities()).extracting(Activity::scope, Activity::text, a -> Counted.of(a.commitment()))
                    .containsExactly(
                            tuple("joint", "Zaplanowany przez nas projekt będzie polegał na organizacji dwóch wyjazdów "
                                    + "studyjnych zakresem przyczyniających się do rozwoju lokalnego, które uwzględniają "
                                    + "potencjał ekonomiczny, społeczny i środowiskowy danego obszaru.",
                                    new Counted(2, "study_trip", false)),
                            tuple("joint", "Podsumowanie projektu będzie stanowił biuletyn, który spowoduje podniesienie "
                                    + "poziomu wiedzy w zakresie nowych kierunków rozwoju obszarów wiejskich.", null));
        }

        @Test
        void readsWhatTheStudyTripsWillEnableAsTheExpectedResults() {
            assertThat(p.expectedResults()).extracting(ExpectedResult::text).containsExactly(
                    "Dzięki wyjazdom studyjnym uczestnicy będą mieli możliwość poznania inicjatyw oraz dobrych "
                            + "rozwiązań w zakresie aktywizacji społeczności lokalnych na obszarach poszczególnych "
                            + "partnerów w innych regionach.",
                    "Udział w wyjazdach studyjnych pozwoli również uczestnikom na zbudowanie platformy współpracy "
                            + "międzyregionalnej — partnerstwa w obszarze działań lokalnych grup działania.");
        }
    }
}
