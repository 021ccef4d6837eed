package eu.leadercoop.accounts.web;

import eu.leadercoop.accounts.Invitations;
import eu.leadercoop.accounts.ProjectPermissions;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator invites a partner's editor by e-mail: the page behind the editor's "Invite" button. The
 * e-mail's link sets a password and makes the account an editor of that partner (see {@link Invitations}).
 */
@Controller
class InvitationPages {

    private final Invitations invitations;
    private final Projects projects;
    private final ProjectPermissions permissions;
    private final CurrentUser currentUser;
    private final String baseUrl;

    InvitationPages(Invitations invitations, Projects projects, ProjectPermissions permissions, CurrentUser currentUser,
            @Value("${leadercoop.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.projects = projects;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/projects/{id}/invitations")
    String page(@PathVariable long id, Model model) {
        ProjectDetails project = coordinated(id);
        model.addAttribute("project", project);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "accounts/invite";
    }

    @PostMapping("/projects/{id}/invitations")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String email,
            @RequestParam(name = "organisation_id", defaultValue = "-1") long organisationId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        coordinated(id);
        try {
            Invitations.Invitation sent = invitations.invite(id, email, organisationId, baseUrl);
            redirect.addFlashAttribute("sent", sent.email());
            return "redirect:/projects/" + id + "/invitations";
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::code, (a, b) -> a)));
            model.addAttribute("email", email);
            model.addAttribute("organisationId", organisationId);
            return page(id, model);
        }
    }

    /** The project, for its coordinators and administrators; partners' editors are refused, others see no such project. */
    private ProjectDetails coordinated(long id) {
        ProjectDetails project = projects.visibleDetails(id, LocaleContextHolder.getLocale().getLanguage())
                .orElseThrow(() -> new NoSuchRecordException("There is no project " + id + " you may see."));
        boolean coordinator = projects.access(id).map(a -> permissions.isCoordinator(currentUser.actor(), a)).orElse(false);
        if (!coordinator && !currentUser.actor().map(a -> a.administrator()).orElse(false)) {
            throw new NotPermittedException("only the project's coordinators and administrators may invite partners");
        }
        return project;
    }
}
