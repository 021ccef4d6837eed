package eu.leadercoop.reports;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.reports.pdf.HtmlToPdf;
import eu.leadercoop.reports.pdf.ProjectReport;
import eu.leadercoop.reports.pdf.ReportTemplates;
import eu.leadercoop.tracking.CommitmentTracker;
import eu.leadercoop.tracking.Indicators;
import eu.leadercoop.tracking.MoneyChecks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The project report as PDF: cover, partners, goals, activities with their commitments, events, results
 * against targets, budget and media, in Estonian, Polish or English. It is rendered from the project page's
 * own Thymeleaf fragments with a print stylesheet, so page and report say the same things in the same words.
 */
@Service
public class ProjectReports {

    private final Projects projects;
    private final ReportTemplates templates;
    private final HtmlToPdf pdf;
    private final CommitmentTracker tracker;
    private final Indicators indicators;
    private final MoneyChecks moneyChecks;
    private final String stylesheet = resource("/reports/print.css");

    ProjectReports(Projects projects, ReportTemplates templates, HtmlToPdf pdf, CommitmentTracker tracker,
            Indicators indicators, MoneyChecks moneyChecks) {
        this.projects = projects;
        this.templates = templates;
        this.pdf = pdf;
        this.tracker = tracker;
        this.indicators = indicators;
        this.moneyChecks = moneyChecks;
    }

    /**
     * The report of a published project as PDF bytes.
     *
     * @param lang {@code et}, {@code pl} or {@code en}; null for the project's own language (English when
     *     the project is written in another)
     * @param baseUrl where the site is published; links in the PDF point there
     * @throws UnknownProjectException when there is no published project with this id
     * @throws UnsupportedLanguageException when {@code lang} is none of et, pl, en
     */
    public byte[] pdf(long projectId, String lang, String baseUrl) {
        ReportLanguage.check(lang);
        ProjectDetails project = projects.publishedDetails(projectId, lang)
                .orElseThrow(() -> new UnknownProjectException(projectId));
        Locale locale = ReportLanguage.locale(lang, project.language());
        // the same day as the commitment statuses (@tracking.badges in the template): the tracker's today
        LocalDate today = tracker.today();
        ProjectReport report = ProjectReport.of(project, today, indicators.of(project, today), moneyChecks.of(project));
        String html = templates.render("reports/project", locale, baseUrl, Map.of("report", report, "stylesheet", stylesheet));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            pdf.write(html, baseUrl, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the report of project " + projectId + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static String resource(String path) {
        try (InputStream in = ProjectReports.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
