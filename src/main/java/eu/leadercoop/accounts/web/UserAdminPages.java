package eu.leadercoop.accounts.web;

import eu.leadercoop.accounts.Users;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Network administrators' page of users: who may sign in, for which organisations they edit, who
 * administers the network; a new user gets a link that sets their password. {@link Users} checks that the
 * signed-in user is an administrator.
 */
@Controller
class UserAdminPages {

    private final Users users;
    private final Organisations organisations;
    private final String baseUrl;

    UserAdminPages(Users users, Organisations organisations, @Value("${leadercoop.base-url}") String baseUrl) {
        this.users = users;
        this.organisations = organisations;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("organisations", organisations.all());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "accounts/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam(defaultValue = "") String email, @RequestParam(name = "display_name", defaultValue = "") String name,
            @RequestParam(name = "organisation_ids", required = false) List<Long> organisationIds,
            @RequestParam(defaultValue = "false") boolean administrator, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Users.UserInfo user = users.create(new Users.UserDraft(email, name, administrator, true, ids(organisationIds)), baseUrl);
            redirect.addFlashAttribute("added", user.email());
            return "redirect:/admin/users";
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", byField(e));
            model.addAttribute("draft", new Users.UserDraft(email, name, administrator, true, ids(organisationIds)));
            return page(model);
        }
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(name = "display_name", defaultValue = "") String name,
            @RequestParam(name = "organisation_ids", required = false) List<Long> organisationIds,
            @RequestParam(defaultValue = "false") boolean administrator, @RequestParam(defaultValue = "false") boolean enabled,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            users.update(id, version, new Users.UserDraft(null, name, administrator, enabled, ids(organisationIds)));
            redirect.addFlashAttribute("saved", id);
            return "redirect:/admin/users#user-" + id;
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("userProblems", Map.of(id, byField(e)));
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", id);
        }
        return page(model);
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    private static Map<String, String> byField(InvalidDraftException e) {
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::code, (a, b) -> a));
    }
}
