package eu.leadercoop.importer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.leadercoop.importer.fetch.UrlImporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/import/url} {@code {"urls": ["https://..."]}}: fetches each address, one after another, and keeps a
 * draft for review per page, like the Import page. The answer lists the drafts made and, per address, its draft or
 * the reason there is none in the language asked for ({@code Accept-Language}, et, pl or en) with a code for
 * scripts. 201 when at least one draft was made, 400 when none.
 */
@RestController
@RequestMapping("/api/import/url")
@Tag(name = "Import", description = "Drafts of imported project pages waiting for review")
class UrlImportApi {

    /** The addresses to read. */
    record Request(@ArraySchema(schema = @Schema(example = "https://www.example.ee/koostooprojekt"), maxItems = UrlImporter.MAX_ADDRESSES)
                   List<String> urls) {
    }

    /** What became of one address. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String url, Long draftId, String source, String title, String review,
                  @Schema(description = "why there is no draft, for scripts", allowableValues = {"malformed", "scheme",
                          "private_address", "unknown_host", "unreachable", "timeout", "not_found", "http_status",
                          "too_large", "redirect_loop", "too_many_redirects", "robots_disallowed", "robots_unavailable",
                          "content_type", "no_text", "no_project", "not_read", "failed"}) String problem,
                  @Schema(description = "why there is no draft, for people, naming the address") String error) {
    }

    /** A draft made. */
    record DraftMade(long id, String source, String title, String review) {
    }

    /** The drafts made and the result of every address; {@code error} when the request as a whole is refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(List<DraftMade> drafts, List<Result> results, String error) {
    }

    private final UrlImporter importer;
    private final MessageSource messages;

    UrlImportApi(UrlImporter importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fetch web pages (http/https, up to 20) and make a draft for review from each",
            description = "Redirects are followed up to 5 times, each page must come within 10 s and be at most 10 MB, "
                    + "the site's robots.txt is obeyed for the user agent LeaderCoop, and private or local network "
                    + "addresses are refused. The messages are in the language of Accept-Language.",
            responses = {@ApiResponse(responseCode = "201", description = "at least one draft was made"),
                    @ApiResponse(responseCode = "400", description = "no draft was made; each result says why"),
                    @ApiResponse(responseCode = "401", description = "not signed in")})
    ResponseEntity<Answer> read(@RequestBody(required = false) Request request, Locale locale) {
        List<String> addresses = UrlImporter.distinct(request == null || request.urls() == null ? List.of() : request.urls());
        Optional<Object[]> problem = UrlImportPages.problem(addresses);
        if (problem.isPresent()) {
            Object[] p = problem.get();
            String error = messages.getMessage((String) p[0], Arrays.copyOfRange(p, 1, p.length), locale);
            return ResponseEntity.badRequest().body(new Answer(List.of(), List.of(), error));
        }
        List<Result> results = addresses.stream().map(importer::importOne).map(UrlRow::of)
                .map(row -> row.kept()
                        ? new Result(row.address(), row.draftId(), row.source(), row.title(), "/import/drafts/" + row.draftId(), null, null)
                        : new Result(row.address(), null, null, null, null, row.problem(),
                                messages.getMessage(row.messageKey(), row.args(), locale)))
                .toList();
        List<DraftMade> made = results.stream().filter(r -> r.draftId() != null)
                .map(r -> new DraftMade(r.draftId(), r.source(), r.title(), r.review())).toList();
        return ResponseEntity.status(made.isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.CREATED)
                .body(new Answer(made, results, null));
    }
}
