/**
 * Reports built from the registry: the project report as PDF (the "bulletin"), network statistics, and
 * exports of the published registry as CSV, XLSX and one open-data JSON file with a JSON Schema.
 *
 * <p>Public API: {@link eu.leadercoop.reports.ProjectReports} (a project's PDF) and
 * {@link eu.leadercoop.reports.ReportCommand} (the {@code report} command of the jar). Pages and API live in
 * {@code reports.web}; the PDF machinery in {@code reports.pdf}, exports in {@code reports.export},
 * statistics in {@code reports.stats}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package eu.leadercoop.reports;
