package eu.leadercoop.registry.web;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.PartKind;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.ProjectHistory;
import eu.leadercoop.registry.RecordRevision;
import eu.leadercoop.registry.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing a project record part by part, and its history. Every write names the version it was made
 * to in {@code If-Match} (the ETag of the last read) and answers with the whole record as saved and its
 * new ETag; who may change which part is the registry's guard's decision (403 otherwise), a stale version
 * is a 409 with both versions.
 */
@RestController
@RequestMapping("/api/projects/{id}")
@Tag(name = "Project editing", description = "Changes to a project record, part by part, and its history")
class ProjectEditingApi {

    private static final String IF_MATCH = "If-Match";

    private final ProjectEditing editing;
    private final ProjectHistory history;
    private final JsonMapper json;

    ProjectEditingApi(ProjectEditing editing, ProjectHistory history, JsonMapper json) {
        this.editing = editing;
        this.history = history;
        this.json = json;
    }

    @PutMapping
    @Operation(summary = "Replace the whole record (the format of POST /api/projects)")
    ResponseEntity<ProjectDetails> replace(@PathVariable long id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody ProjectDraft draft) {
        return saved(editing.replace(id, Versions.required(ifMatch), draft));
    }

    @PutMapping("/core")
    @Operation(summary = "State the shared core anew: language, titles, numbers, period, summary, target groups, website, "
            + "funding, all partners' budget (coordinators)")
    ResponseEntity<ProjectDetails> core(@PathVariable long id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody CoreDraft core) {
        return saved(editing.updateCore(id, Versions.required(ifMatch), core));
    }

    @PostMapping("/publish")
    @Operation(summary = "Publish the record (coordinators, administrators)")
    ResponseEntity<ProjectDetails> publish(@PathVariable long id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return saved(editing.publish(id, Versions.required(ifMatch)));
    }

    @PostMapping("/unpublish")
    @Operation(summary = "Take the record out of public view (coordinators, administrators)")
    ResponseEntity<ProjectDetails> unpublish(@PathVariable long id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return saved(editing.unpublish(id, Versions.required(ifMatch)));
    }

    @PutMapping("/partners/{organisationId}/budget")
    @Operation(summary = "Set one partner's budget line (that partner's editors)")
    ResponseEntity<ProjectDetails> budget(@PathVariable long id, @PathVariable long organisationId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @RequestBody ProjectDraft.Budget budget) {
        return saved(editing.setBudget(id, Versions.required(ifMatch), organisationId, budget));
    }

    @DeleteMapping("/partners/{organisationId}/budget")
    @Operation(summary = "Clear one partner's budget line (that partner's editors)")
    ResponseEntity<ProjectDetails> clearBudget(@PathVariable long id, @PathVariable long organisationId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return saved(editing.setBudget(id, Versions.required(ifMatch), organisationId, null));
    }

    @PostMapping("/{kind:goals|expected_results|activities|events|media|contacts|partners}")
    @Operation(summary = "Add one item to a list: goals {text}, expected_results, activities (with commitments), events "
            + "(activity: the activity's id), media, contacts or partners, each in the format of the whole record's list")
    ResponseEntity<ProjectDetails> add(@PathVariable long id, @PathVariable String kind,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
        PartKind part = kind(kind);
        ProjectDetails saved = editing.add(id, Versions.required(ifMatch), part, draft(part, body));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(saved.version())).body(saved);
    }

    @PutMapping("/{kind:goals|expected_results|activities|events|media|contacts|partners}/{ref}")
    @Operation(summary = "Rewrite one item: activities and events by id, partners by organisation id, the others by "
            + "position (from 0) as read")
    ResponseEntity<ProjectDetails> update(@PathVariable long id, @PathVariable String kind, @PathVariable long ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
        PartKind part = kind(kind);
        return saved(editing.update(id, Versions.required(ifMatch), part, ref, draft(part, body)));
    }

    @DeleteMapping("/{kind:goals|expected_results|activities|events|media|contacts|partners}/{ref}")
    @Operation(summary = "Remove one item (named as for PUT)")
    ResponseEntity<ProjectDetails> remove(@PathVariable long id, @PathVariable String kind, @PathVariable long ref,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return saved(editing.remove(id, Versions.required(ifMatch), kind(kind), ref));
    }

    /** The most revisions one page of history has. */
    static final int MAX_HISTORY_PAGE = 500;

    @GetMapping("/history")
    @Operation(summary = "Saved changes, newest first, a page at a time: who, when, each field before and after (partners, "
            + "administrators). X-Total-Count gives the number of revisions; Link rel=next the next page.")
    ResponseEntity<List<RecordRevision>> history(@PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "out_of_range", "must be 0 or more", page));
        }
        if (size < 1 || size > MAX_HISTORY_PAGE) {
            problems.add(FieldProblem.of("size", "out_of_range", "must be between 1 and " + MAX_HISTORY_PAGE, size));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        long total = history.revisionCount(id);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
        if ((long) (page + 1) * size < total) {
            answer.header("Link", "</api/projects/" + id + "/history?page=" + (page + 1) + "&size=" + size + ">; rel=\"next\"");
        }
        return answer.body(history.revisions(id, page, size));
    }

    @GetMapping("/history/{revision}")
    @Operation(summary = "The whole record as saved in a revision")
    ProjectDetails revision(@PathVariable long id, @PathVariable long revision) {
        return history.at(id, revision);
    }

    @PostMapping("/history/{revision}/restore")
    @Operation(summary = "Make the record read as in that revision again (a new change; the publication state stays)")
    ResponseEntity<ProjectDetails> restore(@PathVariable long id, @PathVariable long revision,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return saved(history.restore(id, revision, Versions.required(ifMatch)));
    }

    private static PartKind kind(String code) {
        return PartKind.of(code).orElseThrow();
    }

    /** The body as the part's draft; a value that does not fit is a 400 naming its full path, like any other body. */
    private Object draft(PartKind kind, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidDraftException(List.of(FieldProblem.of("", "unreadable", "the request body must be a JSON object")));
        }
        // a value that does not fit throws with its full path, which the API's error handler names
        return json.treeToValue(body, kind.draftType());
    }

    private static ResponseEntity<ProjectDetails> saved(ProjectDetails project) {
        return ResponseEntity.ok().eTag(Versions.etag(project.version())).body(project);
    }
}
