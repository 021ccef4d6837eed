package eu.leadercoop.importer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.importer.match.SeedOrganisations;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review form as it first appears: organisations chosen, the publisher guessed, events linked to activities. */
class ReviewFormsTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter();

    private static ExtractedProject seed(int n) {
        return IMPORTER.extractText(Fixtures.SEEDS[n], Fixtures.seed(n));
    }

    private static String id(String organisation) {
        return String.valueOf(SeedOrganisations.named(organisation).id());
    }

    @Test
    void seed001PicksKodukantLaanemaaAsPublisherAndLinksEachEventToTheActivityItDelivers() {
        ReviewForm f = ReviewForms.of(seed(1), SeedOrganisations.index());
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getName, ReviewForm.PartnerRow::getOrganisation).containsExactly(
                tuple("MTÜ Lääne-Harju Koostöökogu", id("MTÜ Lääne-Harju Koostöökogu")),
                tuple("MTÜ Nelja Valla Kogu", id("MTÜ Nelja Valla Kogu")),
                tuple("Ida-Harju Koostöökoda MTÜ", id("MTÜ Ida-Harju Koostöökoda")),
                tuple("MTÜ Põhja-Harju Koostöökogu", id("MTÜ Põhja-Harju Koostöökogu")),
                tuple("Raplamaa Partnerluskogu MTÜ", id("MTÜ Raplamaa Partnerluskogu")),
                tuple("Kodukant Läänemaa", id("MTÜ Kodukant Läänemaa")));
        assertThat(f.getPartners().get(5).getJoined()).isEqualTo("2024-03-01");
        assertThat(f.getPublisher()).as("KKLM LISATEGEVUSED is Kodukant Läänemaa's").isEqualTo("5");
        assertThat(f.getActivities()).extracting(ReviewForm.ActivityRow::getPartner).containsExactly("", "", "", "5", "5", "5");
        // events: spring 2025 trip abroad, year-end event, 8 Nov seminar, Aug study trip, LINC conference, two online meetings
        assertThat(f.getEvents()).extracting(ReviewForm.EventRow::getActivity).containsExactly("3", "4", "1", "0", "", "2", "2");
        assertThat(f.getEvents().get(4).getCountry()).isEqualTo("RO");
        assertThat(f.getEvents().get(3).getEnd()).isEqualTo("2024-08-24");
        assertThat(f.getEvents().get(2).getEnd()).as("a single day has no end of its own").isNull();
        assertThat(f.getMedia()).extracting(ReviewForm.MediaRow::getAsWritten).containsExactly("01.03.2024");
    }

    @Test
    void aPartnerNamedOnlyInItsActivityHeadingGetsARowAndIsProposedAsNewWhenTheRegistryDoesNotKnowIt() {
        ReviewForm f = ReviewForms.of(seed(1), new OrganisationIndex(List.of()));
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getName).endsWith("Kodukant Läänemaa", "KKLM");
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getOrganisation).containsOnly(ReviewForm.NEW_ORGANISATION);
        assertThat(f.getPublisher()).isEqualTo("6");
        assertThat(f.getPartners().get(0).getLegalForm()).isEqualTo("non_profit_association");
        assertThat(f.getPartners().get(0).getKind()).isEqualTo("lag");
        assertThat(f.getPartners().get(0).getCountry()).isEqualTo("EE");
    }

    @Test
    void theApplicantPublishedAPageThatListsNoPartnersOwnActivitiesAndItsBudgetLineIsTheTexts() {
        ReviewForm f = ReviewForms.of(seed(3), SeedOrganisations.index());
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getName, ReviewForm.PartnerRow::getRole).containsExactly(
                tuple("SA Võrumaa Arenduskeskus", "applicant"), tuple("MTÜ Võrumaa Omavalitsuste Liit", "partner"));
        assertThat(f.getPublisher()).isEqualTo("0");
        assertThat(f.getCost()).isEqualByComparingTo("33002.80");
        assertThat(f.getOwnContribution()).isEqualByComparingTo("3300.28");
        assertThat(f.getCurrency()).isEqualTo("EUR");
    }

    @Test
    void aPolishPageOfNetworkPartnersHasNoPublisherToGuessAndItsLabelsAndTypesComeAlong() {
        ReviewForm f = ReviewForms.of(seed(4), SeedOrganisations.index());
        assertThat(f.getPublisher()).isEmpty();
        assertThat(f.getLanguage()).isEqualTo("pl");
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getRole).containsOnly("network_partner");
        assertThat(f.getPartners()).extracting(ReviewForm.PartnerRow::getOrganisation).doesNotContain("", ReviewForm.NEW_ORGANISATION);
    }

    @Test
    void everyEventAndCommitmentComesWithAKindOfEventTheRegistryKnowsSoTheImportSaves() {
        ExtractedProject p = IMPORTER.extractText("warsztaty.txt", """
                Smaki regionu

                Działania:
                1. Co najmniej trzy warsztaty kulinarne i dwa webinaria.
                2. Organizacja co najmniej dwóch targów oraz jednej wystawy.

                Wydarzenia:
                12.05.2024 Warsztaty kulinarne
                13.05.2024 Webinar dla partnerów
                14.05.2024 Targi produktów lokalnych
                15.05.2024 Szkolenie dla rolników
                16.05.2024 Wystawa fotografii
                """);
        ReviewForm f = ReviewForms.of(p, new OrganisationIndex(List.of()));
        assertThat(f.getEvents()).extracting(ReviewForm.EventRow::getType)
                .containsExactly("seminar", "online_meeting", "major_event", "training_module", "major_event");
        assertThat(f.getActivities()).extracting(ReviewForm.ActivityRow::getMinCount, ReviewForm.ActivityRow::getEventTypes)
                .containsExactly(tuple(3, List.of("seminar")), tuple(2, List.of("major_event")));
        assertThat(f.getActivities().get(0).getMoreCommitments()).extracting(CommitmentRow::getMinCount, CommitmentRow::getEventTypes)
                .containsExactly(tuple(2, List.of("online_meeting")));
        List<String> offered = Arrays.stream(EventType.values()).map(Codes::of).toList();
        assertThat(offered).as("what the page's select offers").containsAll(
                f.getEvents().stream().map(ReviewForm.EventRow::getType).toList());
        assertThat(ReviewForms.eventType("workshop")).as("a code from an older draft").isEqualTo("other");
    }

    @Test
    void seed002TakesJarvaArenguPartneridWhoseOwnActivityItListsAsPublisherOfItsCostAndGrant() {
        ReviewForm f = ReviewForms.of(seed(2), SeedOrganisations.index());
        assertThat(f.getPartners().get(6).getName()).isEqualTo("mittetulundusühing Järva Arengu Partnerid");
        assertThat(f.getPublisher()).isEqualTo("6");
        assertThat(f.getActivities().get(7).getPartner()).isEqualTo("6");
        assertThat(f.getCost()).isEqualByComparingTo("33000");
        assertThat(f.getPartnersTotal()).isEqualByComparingTo("251928");
        assertThat(f.getLocalCode()).isEqualTo("2021/1");
        assertThat(f.getActivities().get(2).getDeadline()).isNull();
        assertThat(f.getActivities().get(2).getMoreCommitments()).extracting(CommitmentRow::getEventTypes, CommitmentRow::getDeadline)
                .containsExactly(tuple(List.of("study_trip_abroad"), "2022-21"));
    }

    @Test
    void seed004GivesAllPartnersBudgetWithItsCurrencyAndNoPartnersBudgetLineSoNoPublisherIsNeeded() {
        ReviewForm f = ReviewForms.of(seed(4), SeedOrganisations.index());
        assertThat(f.getPartnersTotal()).isEqualByComparingTo("176072.20");
        assertThat(f.getPartnersTotalCurrency()).isEqualTo("PLN");
        assertThat(f.getCost()).isNull();
        assertThat(f.getGrant()).isNull();
        assertThat(f.getOwnContribution()).isNull();
    }
}
