package eu.leadercoop.registry.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.OrganisationEditing;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.leadercoop.registry.Versions;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "LAGs and the other organisations taking part in projects")
class OrganisationApi {

    private final Organisations organisations;
    private final OrganisationEditing editing;

    OrganisationApi(Organisations organisations, OrganisationEditing editing) {
        this.organisations = organisations;
        this.editing = editing;
    }

    // GET /api/organisations (the searchable directory) is served by the partners module, which can use search.

    @GetMapping("/{id}")
    @Operation(summary = "One organisation with its published projects and the organisations it has cooperated with")
    ResponseEntity<OrganisationDetails> get(@PathVariable long id, @RequestParam(required = false) String lang) {
        OrganisationDetails organisation = organisations.details(id, lang).orElseThrow(() -> NotFound.organisation(id));
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(organisation);
    }

    @PostMapping
    @Operation(summary = "Add an organisation (any signed-in user); 400 when a field is wrong or a name is already taken")
    ResponseEntity<OrganisationSummary> create(@RequestBody OrganisationDraft draft) {
        OrganisationSummary created = editing.create(draft);
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).eTag(Versions.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "State an organisation anew, aliases included (administrators; If-Match: its version)")
    ResponseEntity<OrganisationSummary> update(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody OrganisationDraft draft) {
        OrganisationSummary saved = editing.update(id, Versions.required(ifMatch), draft);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every saved change of an organisation: who, when, each field before and after (administrators)")
    List<RecordRevision> history(@PathVariable long id) {
        return editing.history(id);
    }

    record MergeRequest(Long duplicateId) {
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate into this organisation: its names become aliases, its partnerships, events and "
            + "members move here, and it is deleted (administrators; If-Match: this organisation's version)")
    ResponseEntity<OrganisationSummary> merge(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody MergeRequest request) {
        if (request.duplicateId() == null) {
            throw new InvalidDraftException(List.of(FieldProblem.of("duplicate_id", "required", "is required")));
        }
        OrganisationSummary saved = editing.merge(id, Versions.required(ifMatch), request.duplicateId());
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }
}
