package eu.leadercoop.accounts.web;

import eu.leadercoop.accounts.Invitations;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages behind the links sent by e-mail (invitation, password reset: both set a password) and the
 * page that asks for a reset link. The answer to a reset request never says whether the address has an
 * account.
 */
@Controller
class LinkPages {

    private final Invitations invitations;
    private final String baseUrl;

    LinkPages(Invitations invitations, @Value("${leadercoop.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.baseUrl = baseUrl;
    }

    @GetMapping({"/invitations/{token}", "/password-reset/{token}"})
    String link(@PathVariable String token, HttpServletRequest request, Model model) {
        model.addAttribute("link", invitations.find(token).orElseThrow(() -> new NoSuchRecordException("unknown link")));
        model.addAttribute("action", request.getServletPath());
        return "accounts/set-password";
    }

    @PostMapping({"/invitations/{token}", "/password-reset/{token}"})
    String setPassword(@PathVariable String token, @RequestParam(name = "display_name", required = false) String displayName,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request, Model model) {
        try {
            invitations.accept(token, displayName, password);
            return "redirect:/login?password_set";
        } catch (InvalidDraftException e) {
            Map<String, String> problems = e.problems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::code, (a, b) -> a));
            model.addAttribute("problems", problems);
            model.addAttribute("displayName", displayName);
            return link(token, request, model);
        }
    }

    @GetMapping("/password-reset")
    String resetForm() {
        return "accounts/password-reset";
    }

    @PostMapping("/password-reset")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
        invitations.requestPasswordReset(email, baseUrl);
        model.addAttribute("sent", true);
        return "accounts/password-reset";
    }
}
