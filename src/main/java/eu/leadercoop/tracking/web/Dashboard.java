package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.model.Money;
import eu.leadercoop.tracking.Conversion;
import eu.leadercoop.tracking.MoneyCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard shows, for one project, one organisation's projects or the whole network: the same
 * record feeds the page's tables and, as JSON, its charts. Labels are in the language asked for; figures
 * and days are raw so that pages and charts format them.
 *
 * @param scope    {@code project}, {@code organisation} or {@code network}
 * @param money    the project's money checks (project dashboards only)
 */
record Dashboard(
        String scope,
        Long id,
        String title,
        LocalDate asOf,
        String language,
        List<StatusCount> statusCounts,
        List<CommitmentRow> commitments,
        List<CommitmentRow> upcoming,
        List<IndicatorRow> indicators,
        Timeline timeline,
        Budget budget,
        MoneyCheck money) {

    record StatusCount(String status, String label, int count) {
    }

    /** One commitment: whose, what, its status and why. */
    record CommitmentRow(long projectId, String project, String activityLabel, String partner, String asWritten,
            String status, String statusLabel, String tone, String reason, String problems, LocalDate deadline) {
    }

    record IndicatorRow(long projectId, String project, String text, BigDecimal target, String unit, boolean approximate,
            BigDecimal achieved, String achievedFrom, BigDecimal percent) {
    }

    /** Bars (activities of a project, or projects) over time, and events as marks on them. */
    record Timeline(List<TimelineRow> rows, List<TimelineItem> items) {
    }

    /** @param status the worst status of the row's commitments, null when it has none */
    record TimelineRow(String label, LocalDate start, LocalDate end, String status, String statusLabel, String link) {
    }

    record TimelineItem(int row, String title, String type, LocalDate start, LocalDate end) {
    }

    /** The projects' budgets, each in euro with its rate date, and their total in euro. */
    record Budget(Money totalEur, int withoutRate, List<BudgetRow> rows) {
    }

    record BudgetRow(long projectId, String project, Money amount, Conversion eur) {
    }
}
