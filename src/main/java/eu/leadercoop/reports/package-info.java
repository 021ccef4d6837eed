/**
 * Reports built from the registry: the project report as PDF (the "bulletin"), network statistics, and
 * exports of the published registry as CSV, XLSX and one open-data JSON file with a JSON Schema.
 *
 * <p>Public API: {@link eu.leadercoop.reports.ProjectReports} (a project's PDF) and
 * {@link eu.leadercoop.reports.ReportCommand} (the {@code report} command of the jar). Pages and API live in
 * {@code reports.web}; the PDF machinery in {@code reports.pdf}, exports in {@code reports.export},
 * statistics in {@code reports.stats}.
 *
 * <p>What reports take from other modules rather than work out again: the records from {@code registry}
 * ({@code Projects}, {@code Organisations}); commitment statuses, indicators, money checks and euro conversions
 * from {@code tracking} ({@code CommitmentTracker}, {@code Indicators}, {@code MoneyChecks}); and, in the PDF,
 * the project page's own fragments ({@code projects/detail.html}) and tracking's status and money fragments
 * ({@code tracking/status.html}), so that page, dashboard and report say the same things in the same words.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package eu.leadercoop.reports;
