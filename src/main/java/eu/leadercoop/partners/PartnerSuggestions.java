package eu.leadercoop.partners;

import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.partners.internal.OfferReply;
import eu.leadercoop.partners.internal.OfferReplyRepository;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.search.SimilarProjects;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Ranks organisations as partners for an offer, a project or a free text, each with its reasons in the
 * reader's language. What counts, in this order of weight:
 * <ul>
 *   <li>similar past projects: the published projects most alike the text (BM25 over the project index,
 *       a More-Like-This query, see {@link SimilarProjects}), each partner of them scored by the best
 *       three of its projects' scores;</li>
 *   <li>a country the asker looks for, and the kind of organisation it looks for;</li>
 *   <li>having worked with the asker before (in a finished project) and being a partner of the asker's
 *       partners;</li>
 *   <li>projects on each of the offer's themes;</li>
 *   <li>recent activity: published projects in the last three years.</li>
 * </ul>
 * The asking organisation and its current partners (the project's partners; the partners who joined
 * the offer; for a text, the partners of the asker's projects that have not ended) are never suggested.
 * The project itself is never counted as a similar project.
 */
@Service
public class PartnerSuggestions {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    static final int SIMILAR_PROJECTS = 100;
    static final int PARTNERS_FOLLOWED = 20;
    static final int RECENT_YEARS = 3;

    private final SimilarProjects index;
    private final Projects projects;
    private final CooperationOffers offers;
    private final OfferReplyRepository replies;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    PartnerSuggestions(SimilarProjects index, Projects projects, CooperationOffers offers, OfferReplyRepository replies,
            CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.index = index;
        this.projects = projects;
        this.offers = offers;
        this.replies = replies;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** An organisation suggested, its score (for ordering only) and why, in the asked language. */
    public record Suggestion(Offer.OrganisationRef organisation, String kind, double score, List<Reason> reasons) {
    }

    /** One reason: a code for programs ({@code similar_projects}, {@code country}...) and the text for people. */
    public record Reason(String code, String text) {
    }

    /**
     * What to find partners for: the words, themes, who asks and who is already a partner, which countries
     * and kinds are wanted, and projects not to count as similar (the project asked about).
     */
    public record Basis(String text, List<String> themes, Set<Long> asking, Set<Long> currentPartners, Set<String> wantedCountries,
            Set<String> wantedKinds, Set<Long> excludedProjects) {
    }

    /** For a free text; the asker is {@code organisationId}, else the signed-in user's organisations. */
    public List<Suggestion> forText(String text, Long organisationId, String lang, int limit) {
        if (text == null || text.isBlank()) {
            throw new InvalidDraftException(List.of(FieldProblem.of("text", "required", "is required")));
        }
        if (text.length() > 5000) {
            throw new InvalidDraftException(List.of(FieldProblem.of("text", "too_long", "must be at most 5000 characters", text.length())));
        }
        Set<Long> asking = organisationId != null ? Set.of(organisationId)
                : currentUser.actor().map(a -> a.organisationIds()).orElse(Set.of());
        Set<Long> current = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (long org : asking) {
            for (SimilarProjects.Match m : index.ofOrganisation(org, 200).latest()) {
                if (!ended(m, today)) {
                    m.partners().forEach(p -> current.add(p.organisationId()));
                }
            }
        }
        return rank(new Basis(text, List.of(), asking, current, Set.of(), Set.of(), Set.of()), lang, limit);
    }

    /**
     * For a project the user may see (a draft only for its partners' editors): its texts; its leads ask,
     * its partners are current.
     */
    public List<Suggestion> forProject(long projectId, String lang, int limit) {
        ProjectDetails p = projects.visibleDetails(projectId, lang).orElseThrow(() -> new NoSuchRecordException("No project " + projectId));
        List<String> texts = new ArrayList<>();
        texts.add(p.title());
        texts.add(p.summary());
        texts.addAll(p.goals());
        p.activities().forEach(a -> texts.add(a.text()));
        p.events().forEach(e -> texts.add(e.title()));
        Set<Long> asking = p.partners().stream().filter(x -> "lead_partner".equals(x.role()) || "applicant".equals(x.role()))
                .map(ProjectDetails.Partner::organisationId).collect(Collectors.toSet());
        Set<Long> current = p.partners().stream().map(ProjectDetails.Partner::organisationId).collect(Collectors.toSet());
        return rank(new Basis(String.join("\n", texts.stream().filter(t -> t != null).toList()), List.of(), asking, current, Set.of(),
                Set.of(), Set.of(projectId)), lang, limit);
    }

    /** For an offer: its words and themes, its wanted countries and kinds; the partners who joined are current. */
    public List<Suggestion> forOffer(long offerId, String lang, int limit) {
        Offer o = offers.offer(offerId).orElseThrow(() -> new NoSuchRecordException("No offer " + offerId));
        Set<Long> joined = replies.findByOfferIdOrderByCreatedAtAscIdAsc(offerId).stream()
                .filter(r -> OfferReply.JOINED.equals(r.getStatus())).map(OfferReply::getOrganisationId).collect(Collectors.toSet());
        return rank(new Basis(o.title() + "\n" + o.description() + "\n" + String.join("\n", o.themes()), o.themes(),
                Set.of(o.organisation().id()), joined, Set.copyOf(o.wantedCountries()), Set.copyOf(o.wantedKinds()), Set.of()), lang, limit);
    }

    /** The ranking itself, on a stated basis (also what the offline evaluation asks). */
    public List<Suggestion> rank(Basis basis, String lang, int limit) {
        Locale locale = Locale.forLanguageTag(lang == null ? "en" : lang);
        int year = LocalDate.now(clock).getYear();
        Set<Long> excluded = new HashSet<>(basis.asking());
        excluded.addAll(basis.currentPartners());
        Map<Long, Candidate> candidates = new LinkedHashMap<>();

        List<SimilarProjects.Match> similar = index.similarTo(basis.text(), basis.excludedProjects(), SIMILAR_PROJECTS);
        double best = similar.isEmpty() ? 1 : Math.max(similar.getFirst().score(), 1e-9);
        for (SimilarProjects.Match m : similar) {
            for (SimilarProjects.Partner p : m.partners()) {
                if (!excluded.contains(p.organisationId())) {
                    candidates.computeIfAbsent(p.organisationId(), Candidate::new).similar(m, m.score() / best);
                }
            }
        }

        LocalDate today = LocalDate.now(clock);
        Map<Long, String> partnerNames = new LinkedHashMap<>();
        for (long asker : basis.asking()) {
            for (SimilarProjects.Match m : index.ofOrganisation(asker, 100).latest()) {
                if (basis.excludedProjects().contains(m.projectId())) {
                    continue;
                }
                for (SimilarProjects.Partner p : m.partners()) {
                    if (!excluded.contains(p.organisationId())) {
                        partnerNames.putIfAbsent(p.organisationId(), p.name());
                        if (ended(m, today)) {
                            candidates.computeIfAbsent(p.organisationId(), Candidate::new).pastPartner(m);
                        }
                    }
                }
            }
        }
        partnerNames.entrySet().stream().limit(PARTNERS_FOLLOWED).forEach(partner -> {
            for (SimilarProjects.Match m : index.ofOrganisation(partner.getKey(), 30).latest()) {
                if (basis.excludedProjects().contains(m.projectId())) {
                    continue;
                }
                for (SimilarProjects.Partner p : m.partners()) {
                    if (!excluded.contains(p.organisationId()) && p.organisationId() != partner.getKey()) {
                        candidates.computeIfAbsent(p.organisationId(), Candidate::new).partnerOf(partner.getValue());
                    }
                }
            }
        });

        for (String theme : basis.themes()) {
            for (SimilarProjects.Match m : index.similarTo(theme, basis.excludedProjects(), 30)) {
                for (SimilarProjects.Partner p : m.partners()) {
                    if (!excluded.contains(p.organisationId())) {
                        candidates.computeIfAbsent(p.organisationId(), Candidate::new).theme(theme);
                    }
                }
            }
        }
        for (long active : index.mostActive(basis.wantedCountries(), basis.excludedProjects(), 50)) {
            if (!excluded.contains(active)) {
                candidates.computeIfAbsent(active, Candidate::new);
            }
        }

        Map<Long, SimilarProjects.OrganisationFacts> facts = index.organisations(candidates.keySet());
        Map<Long, Long> recent = index.recentProjects(candidates.keySet(), year - RECENT_YEARS, basis.excludedProjects());
        long mostRecent = recent.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            SimilarProjects.OrganisationFacts f = facts.get(c.id);
            if (f == null) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            double score = 0;
            if (!c.similarScores.isEmpty()) {
                score += c.similarScores.stream().sorted(Comparator.reverseOrder()).limit(3).mapToDouble(Double::doubleValue).sum();
                reasons.add(reason("similar_projects", locale, quoted(c.similarTitles)));
            }
            if (!basis.wantedCountries().isEmpty() && basis.wantedCountries().contains(f.country())) {
                score += 1.0;
                reasons.add(reason("country", locale, Locale.of("", f.country()).getDisplayCountry(locale)));
            }
            if (!basis.wantedKinds().isEmpty() && basis.wantedKinds().contains(f.kind())) {
                score += 0.3;
                reasons.add(reason("kind", locale, messages.getMessage("kind." + f.kind(), null, f.kind(), locale)));
            }
            if (!c.pastTitles.isEmpty()) {
                score += 0.6;
                reasons.add(reason("past_partner", locale, quoted(c.pastTitles)));
            }
            if (!c.via.isEmpty()) {
                score += 0.3 * Math.min(2, c.via.size());
                reasons.add(reason("partner_of_partner", locale, String.join(", ", c.via.stream().limit(3).toList())));
            }
            if (!c.themes.isEmpty()) {
                score += 0.3 * c.themes.size();
                reasons.add(reason("theme", locale, String.join(", ", c.themes)));
            }
            long n = recent.getOrDefault(c.id, 0L);
            if (n > 0) {
                score += 0.3 * Math.log1p(n) / Math.log1p(Math.max(1, mostRecent));
                reasons.add(new Reason("recent_activity", messages.getMessage("partners.reason.recent_activity",
                        new Object[] {String.valueOf(n), String.valueOf(year - RECENT_YEARS)}, locale)));
            }
            if (!reasons.isEmpty()) {
                suggestions.add(new Suggestion(new Offer.OrganisationRef(c.id, f.name(), f.country()), f.kind(), score, reasons));
            }
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.organisation().id()));
        return List.copyOf(suggestions.subList(0, Math.min(Math.max(1, Math.min(limit, MAX_LIMIT)), suggestions.size())));
    }

    private Reason reason(String code, Locale locale, String argument) {
        return new Reason(code, messages.getMessage("partners.reason." + code, new Object[] {argument}, locale));
    }

    private static String quoted(List<String> titles) {
        return titles.stream().limit(2).map(t -> "«" + t + "»").collect(Collectors.joining(", "))
                + (titles.size() > 2 ? " (+" + (titles.size() - 2) + ")" : "");
    }

    /** Whether a project's period has ended before today (an undated or open-ended one has not). */
    static boolean ended(SimilarProjects.Match m, LocalDate today) {
        if (m.periodEnd() == null) {
            return false;
        }
        try {
            return PartialDate.fromEdtf(m.periodEnd()).latest().isBefore(today);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** What is known of one organisation while ranking. */
    private static final class Candidate {
        final long id;
        final List<Double> similarScores = new ArrayList<>();
        final List<String> similarTitles = new ArrayList<>();
        final List<String> pastTitles = new ArrayList<>();
        final Set<String> via = new LinkedHashSet<>();
        final Set<String> themes = new LinkedHashSet<>();

        Candidate(long id) {
            this.id = id;
        }

        void similar(SimilarProjects.Match m, double score) {
            similarScores.add(score);
            similarTitles.add(m.title());
        }

        void pastPartner(SimilarProjects.Match m) {
            if (!pastTitles.contains(m.title())) {
                pastTitles.add(m.title());
            }
        }

        void partnerOf(String partnerName) {
            via.add(partnerName);
        }

        void theme(String theme) {
            themes.add(theme);
        }
    }
}
