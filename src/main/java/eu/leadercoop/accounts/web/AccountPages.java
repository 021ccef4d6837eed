package eu.leadercoop.accounts.web;

import eu.leadercoop.accounts.ApiTokens;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.Projects;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the signed-in user's profile: their organisations and personal API tokens. */
@Controller
class AccountPages {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final Organisations organisations;
    private final Projects projects;

    AccountPages(CurrentUser currentUser, ApiTokens tokens, Organisations organisations, Projects projects) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        var me = currentUser.actor().orElseThrow();
        model.addAttribute("me", me);
        model.addAttribute("organisations", me.organisationIds().stream().sorted()
                .map(id -> organisations.details(id, null)).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("tokens", tokens.mine().stream().map(TokenRow::of).toList());
        model.addAttribute("projects", projects.involving(me.organisationIds(), LocaleContextHolder.getLocale().getLanguage()));
        return "accounts/account";
    }

    /** A token as the table shows it, times in UTC to the minute. */
    /** A token with its times, which the template writes the reader's way ({@code @formats.moment}). */
    record TokenRow(ApiTokens.TokenInfo info, Instant created, Instant lastUsed) {

        static TokenRow of(ApiTokens.TokenInfo t) {
            return new TokenRow(t, t.createdAt(), t.lastUsedAt());
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Model model) {
        try {
            model.addAttribute("newToken", tokens.create(name));
        } catch (InvalidDraftException e) {
            model.addAttribute("tokenNameProblem", e.problems().getFirst().code());
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/account";
    }
}
