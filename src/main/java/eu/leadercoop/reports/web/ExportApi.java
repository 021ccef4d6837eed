package eu.leadercoop.reports.web;

import eu.leadercoop.reports.export.CsvFiles;
import eu.leadercoop.reports.export.ExportTable;
import eu.leadercoop.reports.export.OpenData;
import eu.leadercoop.reports.export.OpenDataLicence;
import eu.leadercoop.reports.export.RegistryExports;
import eu.leadercoop.reports.export.XlsxFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data: the published registry's projects, events and organisations as CSV and XLSX, and everything as
 * one JSON file with its JSON Schema. Only published projects (and their events) are exported.
 */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Open data", description = "Exports of the published registry")
class ExportApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistryExports exports;
    private final OpenData openData;
    private final OpenDataLicence licence;

    ExportApi(RegistryExports exports, OpenData openData, OpenDataLicence licence) {
        this.exports = exports;
        this.openData = openData;
        this.licence = licence;
    }

    @GetMapping("/{table}.csv")
    @Operation(summary = "projects, events or organisations as CSV (RFC 4180, UTF-8, header line; text cells starting "
            + "with = + - @ get a leading apostrophe)")
    ResponseEntity<byte[]> csv(@PathVariable String table) throws IOException {
        ExportTable found = table(table);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            CsvFiles.write(found, writer);
        }
        return download(out.toByteArray(), CSV, "leadercoop-" + table + ".csv");
    }

    @GetMapping("/{table}.xlsx")
    @Operation(summary = "projects, events or organisations as an XLSX workbook")
    ResponseEntity<byte[]> xlsx(@PathVariable String table) throws IOException {
        ExportTable found = table(table);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxFiles.write(found, out, licence.statement());
        return download(out.toByteArray(), XLSX, "leadercoop-" + table + ".xlsx");
    }

    @GetMapping("/open-data.json")
    @Operation(summary = "The whole published registry as one JSON file; its format is /api/export/open-data.schema.json")
    ResponseEntity<byte[]> openData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        openData.write(Site.url(), out);
        return download(out.toByteArray(), MediaType.APPLICATION_JSON, "leadercoop-open-data.json");
    }

    @GetMapping(value = "/open-data.schema.json", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) of the open-data file")
    byte[] schema() {
        return OpenData.schema();
    }

    private ExportTable table(String name) {
        return exports.table(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no export '" + name + "'; the exports are " + String.join(", ", RegistryExports.TABLES) + "."));
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        // nosniff: a browser must not guess HTML in a CSV cell and render it; the licence as RFC 8288 link relation
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.LINK, "<" + licence.url() + ">; rel=\"license\"; title=\"" + licence.name().replace("\"", "'") + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
