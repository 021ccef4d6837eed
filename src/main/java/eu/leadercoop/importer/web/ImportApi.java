package eu.leadercoop.importer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.draft.ImportDrafts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts over HTTP, for scripts that feed the review queue: {@code POST /api/import/drafts} takes files (multipart
 * {@code file} parts) or a page's text ({@code text/plain}) like the Import page and the {@code import} command,
 * and {@code GET /api/import/drafts} lists the drafts waiting for review. Reviewing and saving happen on the page.
 */
@RestController
@RequestMapping("/api/import/drafts")
@Tag(name = "Import", description = "Drafts of imported project pages waiting for review")
class ImportApi {

    /** What became of one document: its draft and where to review it, or why there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Added(String source, Long draftId, String review, String error) {

        static Added of(ImportDrafts.Added added) {
            return switch (added) {
                case ImportDrafts.Kept k -> new Added(k.sourceName(), k.draft().id(), "/import/drafts/" + k.draft().id(), null);
                case ImportDrafts.Refused r -> new Added(r.sourceName(), null, null, r.reason());
            };
        }
    }

    /** A draft waiting for review. */
    record Pending(long id, String source, String title, String language, int partners, Instant createdAt, String review) {

        static Pending of(Draft d) {
            return new Pending(d.id(), d.sourceName(), d.extracted().title(), d.extracted().language(),
                    d.extracted().partners().size(), d.createdAt(), "/import/drafts/" + d.id());
        }
    }

    private final ImportDrafts drafts;

    ImportApi(ImportDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "Drafts waiting for review, newest first")
    List<Pending> pending() {
        return drafts.pending().stream().map(Pending::of).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read files (.txt, .html, .docx, .pdf) into drafts; 201 when at least one draft was saved")
    ResponseEntity<List<Added>> upload(@RequestPart("file") List<MultipartFile> files) {
        List<Added> added = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            try {
                added.add(Added.of(drafts.add(name, file.getBytes())));
            } catch (IOException e) {
                added.add(new Added(name, null, null, "The upload could not be read."));
            }
        }
        return answer(added);
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Read a page's text into a draft")
    ResponseEntity<List<Added>> paste(@RequestBody(required = false) String text) {
        return answer(List.of(Added.of(drafts.addText("text", text))));
    }

    private static ResponseEntity<List<Added>> answer(List<Added> added) {
        boolean any = added.stream().anyMatch(a -> a.draftId() != null);
        return ResponseEntity.status(any ? HttpStatus.CREATED : HttpStatus.BAD_REQUEST).body(added);
    }
}
