package eu.leadercoop.importer.web;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.match.OrganisationDirectory;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.importer.ExtractionFailure;
import eu.leadercoop.importer.ExtractionOutcome;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/extract}: the {@code extract} command over HTTP. Upload files as multipart {@code file} parts,
 * or send a page's text as {@code text/plain}; the answer is a JSON array with one object per document, drafts
 * and failures alike, in the order given. Unlike the command, which reads no database, each partner's
 * {@code organisation_id} is filled where exactly one organisation of the registry fits its name.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Import")
@RequestMapping("/api/extract")
public class ExtractController {

    private final DocumentImporter importer = new DocumentImporter();
    private final OrganisationDirectory organisations;

    ExtractController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ExtractionOutcome> files(@RequestPart("file") List<MultipartFile> files) {
        List<ExtractionOutcome> out = new ArrayList<>(files.size());
        OrganisationIndex index = organisations.index();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            try {
                out.add(matched(importer.extract(name, file.getBytes()), index));
            } catch (IOException e) {
                out.add(new ExtractionFailure(name, "The upload could not be read."));
            }
        }
        return out;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ExtractionOutcome> text(@RequestBody(required = false) String text) {
        if (text == null || text.isBlank()) {
            return List.of(new ExtractionFailure("text", "The text is empty."));
        }
        return List.of(matched(importer.extractText("text", text), organisations.index()));
    }

    private static ExtractionOutcome matched(ExtractionOutcome outcome, OrganisationIndex index) {
        return outcome instanceof ExtractedProject p ? OrganisationDirectory.withOrganisationIds(p, index) : outcome;
    }
}
