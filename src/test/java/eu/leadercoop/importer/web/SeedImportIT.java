package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Seed 000 (Ida-Harju Koostöökoda's page) and seed 001 (Kodukant Läänemaa's page about the same project), imported
 * one after the other through the Import page into a registry that knows the organisations but no project, give
 * the single project the example data holds as entered by hand: compared field by field with that project saved
 * from {@code examples/projects/01-piirkondade-kogemusvahetus.json}.
 */
class SeedImportIT extends ImportPageSpecification {

    private static final String EXAMPLE = "01-piirkondade-kogemusvahetus.json";

    @Test
    void importing000Then001GivesTheProjectEnteredByHand() {
        long projectId = import000AsANewProject();
        merge001Into(projectId);

        ProjectDetails imported = merging.details(projectId).orElseThrow();
        ProjectDetails byHand = projects.create(ImportFixtures.exampleProject(json, EXAMPLE));

        assertThat(imported.language()).isEqualTo("et");
        assertThat(imported.titles()).isEqualTo(byHand.titles())
                .containsEntry("et", "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine");
        assertThat(imported.period()).isEqualTo(byHand.period());
        assertThat(imported.period().start()).isEqualTo(PartialDate.ofMonth(2024, 1));
        assertThat(imported.publicationState()).isEqualTo("published");
        assertThat(imported.referenceNumber()).isEqualTo(byHand.referenceNumber()).isNull();

        assertThat(partners(imported)).isEqualTo(partners(byHand)).hasSize(6);
        assertThat(imported.partners().get(0).role()).isEqualTo("lead_partner");
        assertThat(imported.partners().get(0).name()).isEqualTo("MTÜ Lääne-Harju Koostöökogu");
        ProjectDetails.Partner kklm = imported.partners().stream().filter(p -> p.name().equals("MTÜ Kodukant Läänemaa")).findFirst().orElseThrow();
        assertThat(kklm.joined()).isEqualTo(PartialDate.ofDay(2024, 3, 1));

        assertThat(imported.goals()).isEqualTo(byHand.goals()).hasSize(5);

        assertThat(activities(imported)).isEqualTo(activities(byHand)).hasSize(10);
        assertThat(imported.activities()).filteredOn(a -> a.scope().equals("joint")).hasSize(3);
        assertThat(imported.activities()).filteredOn(a -> "MTÜ Ida-Harju Koostöökoda".equals(a.partner())).hasSize(4);
        assertThat(imported.activities()).filteredOn(a -> "MTÜ Kodukant Läänemaa".equals(a.partner())).hasSize(3);
        assertCommitmentKinds(imported, byHand);

        assertThat(events(imported)).isEqualTo(events(byHand)).hasSize(7);
        assertThat(imported.events()).extracting(ProjectDetails.Event::country).containsOnlyOnce("RO");
        assertEventsDeliverTheActivitiesEnteredByHand(imported, byHand);

        assertThat(media(imported)).isEqualTo(media(byHand)).hasSize(1);
        assertThat(contacts(imported)).isEqualTo(contacts(byHand))
                .containsExactly(List.of("Kai Kulbok", "kai.kulbok@kklm.ee", "+372 552 2385", "MTÜ Kodukant Läänemaa"));
        assertThat(sources(imported)).isEqualTo(sources(byHand)).containsExactly(
                List.of("MTÜ Ida-Harju Koostöökoda", "000_bfbd7f282b01c043.txt", "et", "jaanuar 2024 – juuni 2025"),
                List.of("MTÜ Kodukant Läänemaa", "001_958b2b694b3f019f.txt", "et", "veebruar 2024 – juuni 2025"));
        assertThat(imported.budget().lines()).isEqualTo(byHand.budget().lines()).isEmpty();
    }

    /**
     * Seed 004 (the Polish page of network partners, no one's own activities) saved as the review page shows it: its
     * project budget is all partners' budget, so no publisher is needed for a partner's budget line, and the goals,
     * activities and results its description states are those entered by hand.
     */
    @Test
    void importing004SavesAllPartnersBudgetWithoutAPublisherAndTheDescriptionsGoalsActivitiesAndResults() {
        long draft = client.uploadOne(Fixtures.SEEDS[4], Fixtures.bytes("seeds/" + Fixtures.SEEDS[4]));
        Document review = client.review(draft);
        assertThat(review.select("input[name=target][type=radio]")).extracting(e -> e.val()).containsExactly("new");
        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("publisher")).isNullOrEmpty();
        assertThat(form.value("partnersTotal")).isEqualTo("176072.20");
        assertThat(form.value("cost")).isNullOrEmpty();
        assertThat(client.save(form)).hasRedirectedUrl("/import/drafts/" + draft);
        ProjectDetails imported = merging.details(drafts.find(draft).orElseThrow().projectId()).orElseThrow();
        ProjectDetails byHand = projects.create(ImportFixtures.exampleProject(json, "04-wspolpraca-laczy-regiony.json"));

        assertThat(imported.budget().partnersTotal()).isEqualTo(byHand.budget().partnersTotal());
        assertThat(imported.budget().lines()).isEqualTo(byHand.budget().lines()).isEmpty();
        assertThat(imported.goals()).isEqualTo(byHand.goals()).hasSize(2);
        assertThat(imported.expectedResults()).extracting(ProjectDetails.Result::text)
                .isEqualTo(byHand.expectedResults().stream().map(ProjectDetails.Result::text).toList()).hasSize(2);
        assertThat(imported.activities()).extracting(ProjectDetails.Activity::text, ProjectDetails.Activity::scope)
                .isEqualTo(byHand.activities().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.text(), a.scope())).toList());
        assertThat(imported.activities()).extracting(a -> a.commitments().stream()
                        .map(c -> List.of(c.minCount(), c.eventTypes())).toList())
                .isEqualTo(byHand.activities().stream().map(a -> a.commitments().stream()
                        .map(c -> List.of(c.minCount(), c.eventTypes())).toList()).toList());
    }

    /** 000 describes nothing recorded yet: the page offers a new project, and saving it as shown is right. */
    private long import000AsANewProject() {
        long draft = client.uploadOne(Fixtures.SEEDS[0], Fixtures.bytes("seeds/" + Fixtures.SEEDS[0]));
        Document review = client.review(draft);
        assertThat(review.select("input[name=target][type=radio]")).extracting(e -> e.val()).containsExactly("new");
        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("title")).isEqualTo("Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine");
        assertThat(form.value("periodStart")).isEqualTo("2024-01");
        assertThat(form.value("partners[0].role")).isEqualTo("lead_partner");
        assertThat(form.value("publisher")).as("the partner whose own activities the page lists").isEqualTo("5");
        assertThat(form.value("activities[6].partner")).isEqualTo("5");
        MvcTestResult saved = client.save(form);
        assertThat(saved).hasRedirectedUrl("/import/drafts/" + draft);
        Long projectId = drafts.find(draft).orElseThrow().projectId();
        assertThat(projectId).isNotNull();
        assertThat(client.review(draft).select("a[href=/projects/" + projectId + "]")).hasSize(1);
        return projectId;
    }

    /**
     * 001 is recognised as the same project; the period is the one disagreement, both values are shown, and the
     * reviewer keeps January. KKLM's join date is added, its own activities, events, media and contact come in
     * under it; goals and joint activities are already in the record and stay out.
     */
    private void merge001Into(long projectId) {
        long draft = client.uploadOne(Fixtures.SEEDS[1], Fixtures.bytes("seeds/" + Fixtures.SEEDS[1]));
        Document review = client.review(draft);
        assertThat(review.selectFirst("input[name=target][checked]").val()).isEqualTo(String.valueOf(projectId));
        assertThat(review.select(".lc-conflict").eachAttr("data-conflict")).containsExactly("period");
        assertThat(review.selectFirst(".lc-conflict").text()).contains(
                "Keep the record’s: jaanuar 2024 – juuni 2025", "Take this text’s: veebruar 2024 – juuni 2025");
        assertThat(review.selectFirst(".lc-fills").text()).contains("Kodukant Läänemaa: joined: 2024-03-01");
        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("take[period]")).as("nothing is overwritten unless picked").isEqualTo("record");
        assertThat(form.value("goals[0].include")).as("goals already recorded").isNull();
        assertThat(form.value("activities[0].include")).as("joint activities already recorded").isNull();
        assertThat(form.value("activities[3].include")).as("KKLM's own activity").isEqualTo("true");
        form.set("take[period]", "record");
        client.save(form);
        assertThat(drafts.find(draft).orElseThrow().projectId()).isEqualTo(projectId);
    }

    private static void assertCommitmentKinds(ProjectDetails imported, ProjectDetails byHand) {
        Map<String, List<String>> read = commitmentKinds(imported);
        Map<String, List<String>> entered = commitmentKinds(byHand);
        assertThat(read.keySet()).isEqualTo(entered.keySet());
        read.forEach((activity, kinds) -> {
            if (activity.contains("rahvusvahelisel koostööseminaril")) {
                // "an international cooperation seminar": the hand-entered record also counts conferences there
                assertThat(entered.get(activity)).as(activity).containsAll(kinds).contains("seminar", "conference");
                assertThat(kinds).as(activity).containsExactly("seminar");
            } else {
                assertThat(kinds).as(activity).isEqualTo(entered.get(activity));
            }
        });
        assertThat(read.get("MTÜ Kodukant Läänemaa 3 Osalemine vähemalt ühel rahvusvahelisel koostööseminaril.")).containsExactly("seminar");
        assertThat(read.get("joint 1 Partnerite liikmeskonnale vähemalt ühe õppereisi, kohtumise või seminari korraldamine."))
                .containsExactly("meeting", "seminar", "study_trip");
    }

    private static Map<String, List<String>> commitmentKinds(ProjectDetails p) {
        return p.activities().stream().filter(a -> !a.commitments().isEmpty()).collect(Collectors.toMap(
                a -> Objects.requireNonNullElse(a.partner(), "joint") + " " + a.label() + " " + a.text(),
                a -> a.commitments().get(0).eventTypes()));
    }

    /** Where the import links an event to an activity, it is the activity the person entering it by hand chose. */
    private static void assertEventsDeliverTheActivitiesEnteredByHand(ProjectDetails imported, ProjectDetails byHand) {
        Map<String, String> read = deliveries(imported);
        Map<String, String> entered = deliveries(byHand);
        assertThat(read).hasSize(6);
        read.forEach((event, activity) -> assertThat(activity).as(event).isEqualTo(entered.get(event)));
    }

    private static Map<String, String> deliveries(ProjectDetails p) {
        Map<Long, ProjectDetails.Activity> byId = p.activities().stream().collect(Collectors.toMap(ProjectDetails.Activity::id, Function.identity()));
        return p.events().stream().filter(e -> e.activityId() != null).collect(Collectors.toMap(
                e -> e.dateAsWritten() + " " + e.title(),
                e -> Objects.requireNonNullElse(byId.get(e.activityId()).partner(), "joint") + " " + byId.get(e.activityId()).label()));
    }

    private static List<List<Object>> partners(ProjectDetails p) {
        return p.partners().stream().map(x -> List.<Object>of(x.organisationId(), x.name(), x.role(),
                Objects.toString(x.nameAsWritten()), Objects.toString(x.joined()), Objects.toString(x.left()))).toList();
    }

    private static List<List<Object>> activities(ProjectDetails p) {
        return p.activities().stream().map(a -> List.<Object>of(Objects.toString(a.label()), a.depth(), a.scope(),
                Objects.toString(a.partner()), a.text(), a.commitments().stream().map(c -> List.of(c.minCount(),
                        c.distinctRegions(), c.physicalOnly(), Objects.toString(c.deadline()))).toList())).toList();
    }

    private static List<List<Object>> events(ProjectDetails p) {
        return p.events().stream().map(e -> List.<Object>of(e.type(), e.title(), Objects.toString(e.start()),
                Objects.toString(e.end()), Objects.toString(e.dateAsWritten()), Objects.toString(e.country()))).toList();
    }

    private static List<List<Object>> media(ProjectDetails p) {
        return p.media().stream().map(m -> List.<Object>of(Objects.toString(m.date()), Objects.toString(m.dateAsWritten()),
                m.title(), Objects.toString(m.organisation()))).toList();
    }

    private static List<List<String>> contacts(ProjectDetails p) {
        return p.contacts().stream().map(c -> List.of(c.name(), c.email(), c.phone(), c.organisation())).toList();
    }

    private static List<List<String>> sources(ProjectDetails p) {
        return p.sources().stream().map(s -> List.of(s.publisher(), s.reference(), s.language(), s.periodAsWritten())).toList();
    }
}
