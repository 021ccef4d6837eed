package eu.leadercoop.accounts.web;

import eu.leadercoop.accounts.Actor;
import eu.leadercoop.accounts.ApiTokens;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.accounts.Invitations;
import eu.leadercoop.accounts.Users;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user, their API tokens, invitations, and (for administrators) users. */
@RestController
@Tag(name = "Accounts", description = "The signed-in user, API tokens, invitations and users")
class AccountApi {

    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final Invitations invitations;
    private final Users users;
    private final Projects projects;
    private final String baseUrl;

    AccountApi(CurrentUser currentUser, ApiTokens tokens, Invitations invitations, Users users, Projects projects,
            @Value("${leadercoop.base-url}") String baseUrl) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.invitations = invitations;
        this.users = users;
        this.baseUrl = baseUrl;
    }

    /** The signed-in user; a browser session also learns here the CSRF header its API writes must carry. */
    record Me(Actor user, Map<String, String> csrf) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who is signed in, and (for a browser session) the CSRF header that writes must carry")
    Me me(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Me(currentUser.actor().orElseThrow(),
                csrf == null ? null : Map.of("header_name", csrf.getHeaderName(), "token", csrf.getToken()));
    }

    @GetMapping("/api/me/projects")
    @Operation(summary = "The projects my organisations take part in, drafts included")
    List<ProjectSummary> myProjects(@RequestParam(required = false) String lang) {
        return projects.involving(currentUser.actor().orElseThrow().organisationIds(), lang);
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "My API tokens (never the token values)")
    List<ApiTokens.TokenInfo> myTokens() {
        return tokens.mine();
    }

    record TokenRequest(String name) {
    }

    @PostMapping("/api/me/tokens")
    @Operation(summary = "Create an API token; the token is in this answer only")
    ResponseEntity<ApiTokens.NewToken> createToken(@RequestBody TokenRequest request) {
        ApiTokens.NewToken token = tokens.create(request.name());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + token.info().id())).body(token);
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revokeToken(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    record InvitationRequest(String email, Long organisationId) {
    }

    @PostMapping("/api/projects/{id}/invitations")
    @Operation(summary = "Invite an editor for one of the project's partners (coordinators, administrators)")
    ResponseEntity<Invitations.Invitation> invite(@PathVariable long id, @RequestBody InvitationRequest request) {
        Invitations.Invitation sent = invitations.invite(id, request.email(),
                request.organisationId() == null ? -1 : request.organisationId(), baseUrl);
        return ResponseEntity.status(201).body(sent);
    }

    @GetMapping("/api/users")
    @Operation(summary = "All users (administrators)")
    List<Users.UserInfo> users() {
        return users.list();
    }

    @PostMapping("/api/users")
    @Operation(summary = "Add a user, who gets an e-mail to set a password (administrators)")
    ResponseEntity<Users.UserInfo> createUser(@RequestBody Users.UserDraft draft) {
        Users.UserInfo created = users.create(draft, baseUrl);
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @GetMapping("/api/users/{id}/history")
    @Operation(summary = "Every saved change of a user: who, when, each field before and after (administrators)")
    List<RecordRevision> userHistory(@PathVariable long id) {
        return users.history(id);
    }

    @PutMapping("/api/users/{id}")
    @Operation(summary = "Change a user's name, organisations, administrator flag, sign-in (administrators; If-Match: version)")
    Users.UserInfo updateUser(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Users.UserDraft draft) {
        return users.update(id, eu.leadercoop.registry.Versions.required(ifMatch), draft);
    }
}
