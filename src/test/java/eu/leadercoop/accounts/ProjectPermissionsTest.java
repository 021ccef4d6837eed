package eu.leadercoop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.leadercoop.accounts.internal.UserRepository;
import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.ProjectArea;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules themselves, one actor at a time (the authorisation matrix checks them through every route). */
class ProjectPermissionsTest {

    static final long LEAD = 1;
    static final long PARTNER = 2;
    static final long PARTNER_WITHOUT_EDITORS = 3;
    static final long OUTSIDER = 4;

    final UserRepository users = mock(UserRepository.class);
    final ProjectPermissions permissions = new ProjectPermissions(mock(CurrentUser.class), users, null);
    final ProjectAccess draft = new ProjectAccess(10L, "draft", Set.of(LEAD), Set.of(LEAD, PARTNER, PARTNER_WITHOUT_EDITORS));
    final ProjectAccess published = new ProjectAccess(10L, "published", Set.of(LEAD), Set.of(LEAD, PARTNER, PARTNER_WITHOUT_EDITORS));

    ProjectPermissionsTest() {
        when(users.existsEditorOf(LEAD)).thenReturn(true);
        when(users.existsEditorOf(PARTNER)).thenReturn(true);
        when(users.existsEditorOf(PARTNER_WITHOUT_EDITORS)).thenReturn(false);
    }

    @Test
    void draftsAreSeenByThePartnersEditorsAndAdministratorsOnly() {
        assertThat(permissions.maySee(Optional.empty(), draft)).isFalse();
        assertThat(permissions.maySee(editorOf(OUTSIDER), draft)).isFalse();
        assertThat(permissions.maySee(editorOf(PARTNER), draft)).isTrue();
        assertThat(permissions.maySee(administrator(), draft)).isTrue();
        assertThat(permissions.maySee(Optional.empty(), published)).isTrue();
    }

    @Test
    void aPartnerEditorChangesItsOwnPartOnly() {
        Optional<Actor> editor = editorOf(PARTNER);
        assertThat(permissions.mayChange(editor, draft, partner(PARTNER))).isTrue();
        assertThat(permissions.mayChange(editor, draft, new ProjectArea.Partner(Set.of(PARTNER, LEAD)))).as("a joint event").isTrue();
        assertThat(permissions.mayChange(editor, draft, partner(PARTNER_WITHOUT_EDITORS))).isFalse();
        assertThat(permissions.mayChange(editor, draft, ProjectArea.CORE)).isFalse();
        assertThat(permissions.mayChange(editor, draft, ProjectArea.WORKFLOW)).isFalse();
    }

    @Test
    void theCoordinatorChangesTheCoreTheWorkflowAndThePartsOfPartnersWithoutEditors() {
        Optional<Actor> coordinator = editorOf(LEAD);
        assertThat(permissions.mayChange(coordinator, draft, ProjectArea.CORE)).isTrue();
        assertThat(permissions.mayChange(coordinator, draft, ProjectArea.WORKFLOW)).isTrue();
        assertThat(permissions.mayChange(coordinator, draft, partner(PARTNER_WITHOUT_EDITORS))).isTrue();
        assertThat(permissions.mayChange(coordinator, draft, partner(PARTNER))).isFalse();
    }

    @Test
    void aNewProjectMayBeCreatedByEditorsOfItsLeadPartner() {
        ProjectAccess created = new ProjectAccess(null, "draft", Set.of(LEAD), Set.of(LEAD, PARTNER));
        assertThat(permissions.mayEdit(editorOf(LEAD), created)).isTrue();
        assertThat(permissions.mayEdit(editorOf(PARTNER), created)).isFalse();
        assertThat(permissions.mayEdit(administrator(), created)).isTrue();
        assertThat(permissions.mayEdit(Optional.empty(), created)).isFalse();
    }

    @Test
    void nobodySignedOutChangesAnythingAndAdministratorsChangeEverything() {
        for (ProjectArea area : new ProjectArea[] {ProjectArea.CORE, ProjectArea.WORKFLOW, partner(PARTNER)}) {
            assertThat(permissions.mayChange(Optional.empty(), published, area)).isFalse();
            assertThat(permissions.mayChange(administrator(), draft, area)).isTrue();
            assertThat(permissions.mayChange(editorOf(OUTSIDER), published, area)).isFalse();
        }
    }

    private static ProjectArea partner(long organisation) {
        return new ProjectArea.Partner(Set.of(organisation));
    }

    private static Optional<Actor> editorOf(long organisation) {
        return Optional.of(new Actor(7, "e@example.ee", "E", false, Set.of(organisation)));
    }

    private static Optional<Actor> administrator() {
        return Optional.of(new Actor(8, "a@example.ee", "A", true, Set.of()));
    }
}
