package eu.leadercoop.reports.web;

import eu.leadercoop.reports.ReportLanguage;
import eu.leadercoop.reports.UnsupportedLanguageException;
import eu.leadercoop.reports.export.CsvFiles;
import eu.leadercoop.reports.stats.NetworkStatistics;
import eu.leadercoop.reports.stats.Statistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "Projects, budgets and events of the network")
class StatisticsApi {

    private final Statistics statistics;

    StatisticsApi(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/statistics")
    @Operation(summary = "Published projects, budgets (per currency) and events by country, region, year, measure and event type")
    NetworkStatistics get(@Parameter(description = "language of the labels: et, pl or en (default)")
            @RequestParam(required = false) String lang) {
        return statistics.of(locale(lang));
    }

    @GetMapping("/api/statistics.csv")
    @Operation(summary = "The same numbers as CSV: one line per group, one budget column per currency")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            CsvFiles.write(Statistics.table(statistics.of(locale(lang))), writer);
        }
        return ResponseEntity.ok().contentType(ExportApi.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("leadercoop-statistics.csv").build().toString())
                .body(out.toByteArray());
    }

    @ExceptionHandler(UnsupportedLanguageException.class)
    ResponseEntity<ProblemDetail> unsupportedLanguage(UnsupportedLanguageException e) {
        return ResponseEntity.badRequest().body(ApiProblems.badParameter("lang", "unsupported", e.getMessage()));
    }

    private static Locale locale(String lang) {
        ReportLanguage.check(lang);
        return lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }
}
