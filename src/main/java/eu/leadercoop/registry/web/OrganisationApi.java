package eu.leadercoop.registry.web;

import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "LAGs and the other organisations taking part in projects")
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "All organisations by name, with their aliases and number of published projects")
    PageOf<OrganisationSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size from 1 to 500");
        }
        return PageOf.of(organisations.list(PageRequest.of(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation with its published projects and the organisations it has cooperated with")
    OrganisationDetails get(@PathVariable long id, @RequestParam(required = false) String lang) {
        return organisations.details(id, lang).orElseThrow(() -> NotFound.organisation(id));
    }

    @PostMapping
    @Operation(summary = "Add an organisation; 400 when a field is wrong or a name is already taken")
    ResponseEntity<OrganisationSummary> create(@RequestBody OrganisationDraft draft) {
        OrganisationSummary created = organisations.create(draft);
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }
}
