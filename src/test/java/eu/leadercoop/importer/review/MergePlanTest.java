package eu.leadercoop.importer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a reviewed draft compares with the recorded project it goes into. */
class MergePlanTest {

    private static final long LEAD = 1;
    private static final long PARTNER = 2;

    private final ProjectDetails record = new ProjectDetails(7, "et", "Ühisköök", Map.of("et", "Ühisköök"), "123", null,
            new ProjectDetails.Period(PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 6), "jaanuar 2024 – juuni 2025"),
            "running", "published", null, List.of("kokad"), null, null,
            new ProjectDetails.Budget(null, null, List.of(new ProjectDetails.Line(PARTNER, "Partner", new BigDecimal("1000.00"),
                    new BigDecimal("900.00"), new BigDecimal("100.00"), true, "EUR", null, null)), List.of()),
            List.of(partner(LEAD, "lead_partner", null), partner(PARTNER, "partner", PartialDate.ofMonth(2024, 2))),
            List.of("Kokad õpivad üksteiselt."), List.of(),
            List.of(new ProjectDetails.Activity(40, "1", 1, "joint", null, null, "Kahe koosoleku korraldamine.", List.of()),
                    new ProjectDetails.Activity(41, "1", 1, "partner", PARTNER, "Partner", "Ühe õppereisi korraldamine.", List.of())),
            List.of(new ProjectDetails.Event(50, "meeting", "Koosolek", PartialDate.ofDay(2024, 3, 14), PartialDate.ofDay(2024, 3, 14),
                    "14.03 2024", null, null, null, null, null, List.of(), 40L)),
            List.of(), List.of(new ProjectDetails.Contact("Mari Mets", "mari@example.ee", null, PARTNER, "Partner")), List.of(),
            3, Instant.EPOCH, List.of());

    private static ProjectDetails.Partner partner(long id, String role, PartialDate joined) {
        return new ProjectDetails.Partner(id, "Org " + id, "Org " + id, role, joined, null, "lag", "EE", null);
    }

    private static ReviewForm form() {
        ReviewForm f = new ReviewForm();
        f.setLanguage("et");
        f.setTitle("Ühisköök");
        f.setReferenceNumber("123");
        f.setPeriodStart("2024-01");
        f.setPeriodEnd("2025-06");
        f.getPartners().add(row(LEAD, "partner", null));
        f.getPartners().add(row(PARTNER, "partner", "2024-02"));
        return f;
    }

    private static ReviewForm.PartnerRow row(long organisation, String role, String joined) {
        ReviewForm.PartnerRow r = new ReviewForm.PartnerRow();
        r.setName("Org " + organisation);
        r.setOrganisation(String.valueOf(organisation));
        r.setRole(role);
        r.setJoined(joined);
        return r;
    }

    @Test
    void theSameStatementsMakeNoConflictAndAPlainPartnerRoleStatesNothing() {
        MergePlan plan = MergePlan.of(form(), record);
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.fills()).isEmpty();
        assertThat(plan.inRecord("partners", 0)).isTrue();
        assertThat(plan.partnersNotInText()).isEmpty();
    }

    @Test
    void recordedPartnersTheTextDoesNotNameAreShownAndKept() {
        ReviewForm f = form();
        f.getPartners().remove(1);
        assertThat(MergePlan.of(f, record).partnersNotInText()).extracting(ProjectDetails.Partner::organisationId)
                .containsExactly(PARTNER);
    }

    @Test
    void differentValuesAreConflictsTheRecordKeepsUntilThePersonPicksTheText() {
        ReviewForm f = form();
        f.setPeriodStart("2024-02");
        f.getPartners().get(1).setRole("lead_partner");
        f.getPartners().get(1).setJoined("2024-03");
        f.setPublisher("1");
        f.setCost(new BigDecimal("1200"));
        f.setGrant(new BigDecimal("900"));
        f.setCurrency("EUR");
        f.setWebsite("https://yhiskook.ee");
        MergePlan plan = MergePlan.of(f, record);
        assertThat(plan.conflicts()).extracting(MergePlan.Conflict::key, MergePlan.Conflict::recordValue, MergePlan.Conflict::textValue)
                .containsExactly(
                        tuple("period", "jaanuar 2024 – juuni 2025", "2024-02/2025-06"),
                        tuple("partner-1-role", "partner", "lead_partner"),
                        tuple("partner-1-joined", "2024-02", "2024-03"),
                        tuple("budget", "1000 / 900 EUR", "1200 / 900 EUR"));
        assertThat(plan.conflicts().get(2).partnerRow()).isEqualTo(1);
        assertThat(plan.conflicts().get(2).field()).isEqualTo("joined");
        assertThat(plan.fills()).extracting(MergePlan.Fill::key).containsExactly("website");

        plan.applyDefaults(f);
        assertThat(f.getTake()).containsOnly(Map.entry("period", "record"), Map.entry("partner-1-role", "record"),
                Map.entry("partner-1-joined", "record"), Map.entry("budget", "record"));
        assertThat(f.getVersion()).isEqualTo(3);
        assertThat(plan.takesText(f, "website")).isTrue();
        assertThat(plan.takesText(f, "period")).isFalse();
        f.getTake().put("period", ReviewForm.TAKE_TEXT);
        assertThat(plan.takesText(f, "period")).isTrue();
    }

    @Test
    void rowsTheRecordHasAreFoundAndLeftOutOfAMergeByDefault() {
        ReviewForm f = form();
        f.getGoals().add(text("Kokad  õpivad üksteiselt"));
        f.getGoals().add(text("Uus eesmärk."));
        f.getActivities().add(activity("", "Kahe koosoleku korraldamine."));
        f.getActivities().add(activity("1", "Ühe õppereisi korraldamine."));
        f.getActivities().add(activity("0", "Ühe õppereisi korraldamine."));
        ReviewForm.EventRow event = new ReviewForm.EventRow();
        event.setStart("2024-03-14");
        event.setTitle("Partnerite koosolek");
        event.setType("meeting");
        f.getEvents().add(event);
        ReviewForm.ContactRow contact = new ReviewForm.ContactRow();
        contact.setEmail("MARI@example.ee");
        f.getContacts().add(contact);
        MergePlan plan = MergePlan.of(f, record);
        plan.applyDefaults(f);
        assertThat(f.getGoals()).extracting(ReviewForm.TextRow::isInclude).containsExactly(false, true);
        assertThat(f.getActivities()).extracting(ReviewForm.ActivityRow::isInclude).as("the lead's trip is not the partner's")
                .containsExactly(false, false, true);
        assertThat(plan.recordActivity(1)).contains(41L);
        assertThat(plan.recordActivity(2)).isEmpty();
        assertThat(f.getEvents().get(0).isInclude()).isFalse();
        assertThat(f.getContacts().get(0).isInclude()).isFalse();
    }

    private static ReviewForm.TextRow text(String s) {
        ReviewForm.TextRow r = new ReviewForm.TextRow();
        r.setText(s);
        return r;
    }

    private static ReviewForm.ActivityRow activity(String partnerRow, String text) {
        ReviewForm.ActivityRow r = new ReviewForm.ActivityRow();
        r.setPartner(partnerRow);
        r.setText(text);
        return r;
    }

}
