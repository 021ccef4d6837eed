package eu.leadercoop.tracking.web;

import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentTracker;
import eu.leadercoop.tracking.IndicatorProgress;
import eu.leadercoop.tracking.Indicators;
import eu.leadercoop.tracking.MoneyCheck;
import eu.leadercoop.tracking.MoneyChecks;
import eu.leadercoop.tracking.Status;
import eu.leadercoop.tracking.TrackingTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Builds {@link Dashboard}s. A project's dashboard has all its commitments and a row per activity on the
 * timeline; an organisation's covers its published projects, with their joint commitments and its own
 * (not other partners' additional activities), a row per project; the network's covers every published
 * project.
 */
@Component
class Dashboards {

    static final int UPCOMING = 10;
    private static final int LABEL_LENGTH = 70;

    private final Projects projects;
    private final Organisations organisations;
    private final CommitmentTracker tracker;
    private final Indicators indicators;
    private final MoneyChecks money;
    private final TrackingTexts texts;
    private final MessageSource messages;

    Dashboards(Projects projects, Organisations organisations, CommitmentTracker tracker, Indicators indicators,
            MoneyChecks money, TrackingTexts texts, MessageSource messages) {
        this.projects = projects;
        this.organisations = organisations;
        this.tracker = tracker;
        this.indicators = indicators;
        this.money = money;
        this.texts = texts;
        this.messages = messages;
    }

    Optional<Dashboard> project(long id, LocalDate asOf, Locale locale) {
        return projects.visibleDetails(id, locale.getLanguage())
                .map(p -> build("project", id, p.title(), List.of(p), s -> true, asOf, locale));
    }

    Optional<Dashboard> organisation(long id, LocalDate asOf, Locale locale) {
        return organisations.details(id, locale.getLanguage()).map(o -> build("organisation", id, o.name(),
                details(o.projects().stream().map(OrganisationDetails.ProjectRole::projectId).toList(), locale),
                s -> s.organisationId() == null || s.organisationId() == id, asOf, locale));
    }

    Dashboard network(LocalDate asOf, Locale locale) {
        List<Long> ids = new ArrayList<>();
        Page<ProjectSummary> page = projects.published(PageRequest.of(0, 200), locale.getLanguage());
        page.forEach(p -> ids.add(p.id()));
        while (page.hasNext()) {
            page = projects.published(page.nextPageable(), locale.getLanguage());
            page.forEach(p -> ids.add(p.id()));
        }
        return build("network", null, messages.getMessage("tracking.dashboard.network", null, locale), details(ids, locale),
                s -> true, asOf, locale);
    }

    private List<ProjectDetails> details(List<Long> ids, Locale locale) {
        return ids.stream().map(id -> projects.publishedDetails(id, locale.getLanguage())).flatMap(Optional::stream).toList();
    }

    private Dashboard build(String scope, Long id, String title, List<ProjectDetails> all, Predicate<CommitmentStatus> whose,
            LocalDate asOf, Locale locale) {
        Map<Long, List<CommitmentStatus>> statuses = new HashMap<>();
        List<Dashboard.CommitmentRow> rows = new ArrayList<>();
        List<Dashboard.IndicatorRow> results = new ArrayList<>();
        List<Dashboard.BudgetRow> budgets = new ArrayList<>();
        List<MoneyCheck> checks = new ArrayList<>();
        for (ProjectDetails p : all) {
            List<CommitmentStatus> own = tracker.statuses(p, asOf).stream().filter(whose).toList();
            statuses.put(p.id(), own);
            own.forEach(s -> rows.add(row(p, s, locale)));
            for (IndicatorProgress i : indicators.of(p, asOf)) {
                results.add(new Dashboard.IndicatorRow(p.id(), p.title(), i.text(), i.target(), i.unit(), i.approximate(),
                        i.achieved(), i.achievedFrom().code(), i.percent()));
            }
            MoneyCheck check = money.of(p);
            checks.add(check);
            if (check.total() != null) {
                budgets.add(new Dashboard.BudgetRow(p.id(), p.title(), check.total().amount(), check.total().eur()));
            }
        }
        List<Dashboard.StatusCount> counts = Tones.WORST_FIRST.reversed().stream()
                .map(st -> new Dashboard.StatusCount(st.code(), texts.status(st, locale),
                        (int) rows.stream().filter(r -> r.status().equals(st.code())).count()))
                .toList();
        List<Dashboard.CommitmentRow> upcoming = rows.stream()
                .filter(r -> r.deadline() != null && !r.deadline().isBefore(asOf))
                .filter(r -> !r.status().equals(Status.MET.code()) && !r.status().equals(Status.MISSED.code()))
                .sorted(Comparator.comparing(Dashboard.CommitmentRow::deadline).thenComparing(Dashboard.CommitmentRow::project))
                .limit(UPCOMING).toList();
        Dashboard.Timeline timeline = scope.equals("project")
                ? activityTimeline(all.getFirst(), statuses.get(all.getFirst().id()), locale)
                : projectTimeline(all, statuses, locale);
        return new Dashboard(scope, id, title, asOf, locale.getLanguage(), counts, rows, upcoming, results, timeline,
                budget(budgets), scope.equals("project") ? checks.getFirst() : null);
    }

    private Dashboard.CommitmentRow row(ProjectDetails p, CommitmentStatus s, Locale locale) {
        return new Dashboard.CommitmentRow(p.id(), p.title(), s.activityLabel(), s.partner(), s.asWritten(), s.status().code(),
                texts.status(s.status(), locale), Tones.of(s.status()), texts.reason(s, locale),
                s.problems().isEmpty() ? null : texts.problems(s, locale), s.deadline());
    }

    /** One row per activity that has commitments or events, and one for events delivering no activity. */
    private Dashboard.Timeline activityTimeline(ProjectDetails p, List<CommitmentStatus> statuses, Locale locale) {
        List<Dashboard.TimelineRow> rows = new ArrayList<>();
        List<Dashboard.TimelineItem> items = new ArrayList<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        LocalDate start = first(p);
        for (ProjectDetails.Activity a : p.activities()) {
            List<CommitmentStatus> own = statuses.stream().filter(s -> s.activityId() == a.id()).toList();
            boolean hasEvents = p.events().stream().anyMatch(e -> Objects.equals(e.activityId(), a.id()));
            if (own.isEmpty() && !hasEvents) {
                continue;
            }
            LocalDate end = own.stream().map(CommitmentStatus::deadline).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(last(p));
            rowOf.put(a.id(), rows.size());
            rows.add(timelineRow(shorten((a.partner() == null ? "" : a.partner() + " · ") + a.label() + ". " + a.text()),
                    start, end, own, null, locale));
        }
        for (ProjectDetails.Event e : p.events()) {
            Integer row = e.activityId() == null ? null : rowOf.get(e.activityId());
            if (row == null) {
                if (!rowOf.containsKey(-1L)) {
                    rowOf.put(-1L, rows.size());
                    rows.add(timelineRow(messages.getMessage("tracking.dashboard.other_events", null, locale), start, last(p),
                            List.of(), null, locale));
                }
                row = rowOf.get(-1L);
            }
            items.add(item(row, e, locale));
        }
        return new Dashboard.Timeline(rows, items);
    }

    /** One row per project over its period, its events as marks. */
    private Dashboard.Timeline projectTimeline(List<ProjectDetails> all, Map<Long, List<CommitmentStatus>> statuses, Locale locale) {
        List<Dashboard.TimelineRow> rows = new ArrayList<>();
        List<Dashboard.TimelineItem> items = new ArrayList<>();
        for (ProjectDetails p : all) {
            int row = rows.size();
            rows.add(timelineRow(shorten(p.title()), first(p), last(p), statuses.get(p.id()), "/dashboards/projects/" + p.id(), locale));
            p.events().forEach(e -> items.add(item(row, e, locale)));
        }
        return new Dashboard.Timeline(rows, items);
    }

    private Dashboard.TimelineRow timelineRow(String label, LocalDate start, LocalDate end, List<CommitmentStatus> statuses,
            String link, Locale locale) {
        Status worst = statuses.stream().map(CommitmentStatus::status).min(Tones.WORST).orElse(null);
        return new Dashboard.TimelineRow(label, start, end, worst == null ? null : worst.code(),
                worst == null ? null : texts.status(worst, locale), link);
    }

    private Dashboard.TimelineItem item(int row, ProjectDetails.Event e, Locale locale) {
        return new Dashboard.TimelineItem(row, e.title(), messages.getMessage("event.type." + e.type(), null, e.type(), locale),
                e.start() == null ? null : e.start().earliest(), e.end() == null ? null : e.end().latest());
    }

    private static Dashboard.Budget budget(List<Dashboard.BudgetRow> rows) {
        Money total = rows.stream().filter(r -> r.eur() != null).map(r -> r.eur().eur()).reduce(Money::plus).orElse(null);
        return new Dashboard.Budget(total, (int) rows.stream().filter(r -> r.eur() == null).count(), rows);
    }

    /** The project's first day, else its first event's. */
    private static LocalDate first(ProjectDetails p) {
        if (p.period().start() != null) {
            return p.period().start().earliest();
        }
        return p.events().stream().map(ProjectDetails.Event::start).filter(Objects::nonNull).map(PartialDate::earliest)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** The project's last day, else its last event's. */
    private static LocalDate last(ProjectDetails p) {
        if (p.period().end() != null) {
            return p.period().end().latest();
        }
        return p.events().stream().map(ProjectDetails.Event::end).filter(Objects::nonNull).map(PartialDate::latest)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** At most {@link #LABEL_LENGTH} characters, cut after a whole word. */
    static String shorten(String text) {
        if (text.length() <= LABEL_LENGTH) {
            return text;
        }
        String cut = text.substring(0, LABEL_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > LABEL_LENGTH / 2 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
