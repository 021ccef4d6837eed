package eu.leadercoop.partners.web;

import eu.leadercoop.partners.DirectoryImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a national list of organisations (network administrators): {@code POST
 * /api/organisations/import?dry_run=true} answers the preview and saves nothing; without {@code dry_run}
 * the list is saved, unless a row is invalid: then 400 names every invalid row and nothing is saved.
 */
@RestController
@RequestMapping("/api/organisations/import")
@Tag(name = "Organisations")
class DirectoryImportApi {

    private final DirectoryImport imports;

    DirectoryImportApi(DirectoryImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Import a CSV or XLSX list of organisations in the LAG directory's columns (administrators); "
            + "dry_run=true previews each row as new, updated, unchanged or invalid with the reason, and saves nothing")
    ResponseEntity<DirectoryImport.Preview> importList(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "list.csv" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        DirectoryImport.Preview preview = dryRun ? imports.preview(name, content) : imports.importFile(name, content);
        return ResponseEntity.ok(preview);
    }

    /** A refused file: each invalid row as an error naming the row, and the whole preview beside. */
    @ExceptionHandler(DirectoryImport.InvalidListException.class)
    ResponseEntity<ProblemDetail> invalid(DirectoryImport.InvalidListException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The list was not imported: " + e.getMessage() + ". Nothing was saved.");
        List<Map<String, Object>> errors = e.preview().invalid().stream().map(row -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "file");
            error.put("code", "invalid_row");
            error.put("row", row.row());
            error.put("message", "row " + row.row() + ": " + row.reason());
            return error;
        }).toList();
        problem.setProperty("errors", errors.isEmpty()
                ? List.of(Map.of("field", "file", "code", "empty", "message", "the file has no rows to import")) : errors);
        problem.setProperty("preview", e.preview());
        return ResponseEntity.badRequest().body(problem);
    }
}
