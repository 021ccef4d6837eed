package eu.leadercoop.reports;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.reports.pdf.HtmlToPdf;
import eu.leadercoop.reports.pdf.ProjectReport;
import eu.leadercoop.reports.pdf.ProjectReport.EuroFigure;
import eu.leadercoop.reports.pdf.ProjectReport.Tracked;
import eu.leadercoop.reports.pdf.ReportTemplates;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentTracker;
import eu.leadercoop.tracking.Indicators;
import eu.leadercoop.tracking.MoneyCheck;
import eu.leadercoop.tracking.MoneyChecks;
import eu.leadercoop.tracking.TrackingTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final TrackingTexts trackingTexts;
    private final Indicators indicators;
    private final MoneyChecks moneyChecks;
    private final String stylesheet = resource("/reports/print.css");

    ProjectReports(Projects projects, ReportTemplates templates, HtmlToPdf pdf, CommitmentTracker tracker,
            TrackingTexts trackingTexts, Indicators indicators, MoneyChecks moneyChecks) {
        this.projects = projects;
        this.templates = templates;
        this.pdf = pdf;
        this.tracker = tracker;
        this.trackingTexts = trackingTexts;
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
        LocalDate today = tracker.today();
        List<Tracked> commitments = tracker.statuses(project, today).stream().map(s -> tracked(s, locale)).toList();
        MoneyCheck money = moneyChecks.of(project);
        // the registry's own warnings are on the page's budget block already; tracking's come in addition
        List<ProjectDetails.BudgetWarning> moneyWarnings = money.warnings().stream()
                .filter(w -> !project.budget().warnings().contains(w)).toList();
        ProjectReport report = ProjectReport.of(project, today, commitments, indicators.of(project, today),
                inEuro(money), moneyWarnings);
        String html = templates.render("reports/project", locale, baseUrl, Map.of("report", report, "stylesheet", stylesheet));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            pdf.write(html, baseUrl, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the report of project " + projectId + " could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** The project's budget and partners' costs that are not in euro, with their euro values where a rate is known. */
    private static List<EuroFigure> inEuro(MoneyCheck money) {
        List<EuroFigure> figures = new ArrayList<>();
        PartialDate day = PartialDate.of(money.conversionDate());
        if (money.total() != null && !isEuro(money.total())) {
            figures.add(figure(null, money.total(), day));
        }
        for (MoneyCheck.LineCheck line : money.lines()) {
            if (line.cost() != null && !isEuro(line.cost())) {
                figures.add(figure(line.organisation(), line.cost(), day));
            }
        }
        return figures;
    }

    private static boolean isEuro(MoneyCheck.Figure figure) {
        return figure.amount().currency().getCurrencyCode().equals("EUR");
    }

    private static EuroFigure figure(String organisation, MoneyCheck.Figure figure, PartialDate day) {
        if (figure.eur() == null) {
            return new EuroFigure(organisation, figure.amount(), null, null, null, day);
        }
        return new EuroFigure(organisation, figure.amount(), figure.eur().eur(), figure.eur().rate(),
                PartialDate.of(figure.eur().rateDate()), day);
    }

    private Tracked tracked(CommitmentStatus status, Locale locale) {
        return new Tracked(status, trackingTexts.status(status.status(), locale), trackingTexts.reason(status, locale),
                trackingTexts.problems(status, locale));
    }

    private static String resource(String path) {
        try (InputStream in = ProjectReports.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
