package eu.leadercoop.partners.web;

import eu.leadercoop.accounts.Actor;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.partners.CooperationOffers;
import eu.leadercoop.partners.Offer;
import eu.leadercoop.partners.OfferClosedException;
import eu.leadercoop.partners.OfferDraft;
import eu.leadercoop.partners.OfferReplyDetails;
import eu.leadercoop.partners.OfferSearch;
import eu.leadercoop.partners.PartnerSuggestions;
import eu.leadercoop.partners.internal.OfferValidation;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.search.SimilarProjects;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The offer pages: the list with search and facets, one offer with its replies (for those who may see
 * them) and the reply form, the form to post or edit an offer, and the suggestions page. Forms work as
 * plain HTML forms; a refused one comes back with each problem in the reader's language beside its field
 * (status 422), and nothing is saved.
 */
@Controller
class OfferPages {

    private final CooperationOffers offers;
    private final OfferSearch search;
    private final PartnerSuggestions suggestions;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Projects projects;
    private final SimilarProjects index;
    private final MessageSource messages;

    OfferPages(CooperationOffers offers, OfferSearch search, PartnerSuggestions suggestions, CurrentUser currentUser,
            Organisations organisations, Projects projects, SimilarProjects index, MessageSource messages) {
        this.offers = offers;
        this.search = search;
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.projects = projects;
        this.index = index;
        this.messages = messages;
    }

    @GetMapping("/offers")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "wanted_country", required = false) List<String> wantedCountry,
            @RequestParam(name = "wanted_kind", required = false) List<String> wantedKind,
            @RequestParam(required = false) List<String> theme, @RequestParam(required = false) List<String> language,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("results", search.search(OfferParams.query(q, lang, wantedCountry, wantedKind, theme, language, page, 20)));
        model.addAttribute("q", q == null ? "" : q);
        return "offers/list";
    }

    @GetMapping("/offers/new")
    String newOffer(Model model) {
        Actor actor = signedIn();
        Form form = new Form();
        form.language = LocaleContextHolder.getLocale().getLanguage();
        if (actor.organisationIds().size() == 1) {
            form.organisationId = String.valueOf(actor.organisationIds().iterator().next());
        }
        return form(model, form, null, Map.of());
    }

    @PostMapping("/offers")
    String post(@RequestParam Map<String, String> params, @RequestParam(name = "wanted_kinds", required = false) List<String> kinds,
            Model model, HttpServletResponse response) {
        signedIn();
        Form form = Form.of(params, kinds);
        try {
            Offer offer = offers.post(form.draft());
            return "redirect:/offers/" + offer.id();
        } catch (InvalidDraftException e) {
            response.setStatus(422);
            return form(model, form, null, problems(e));
        }
    }

    @GetMapping("/offers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        signedIn();
        Offer offer = find(id);
        if (!offers.mayManage(offer)) {
            throw new NotPermittedException("Only the offering organisation's editors may edit it");
        }
        return form(model, Form.of(offer), offer, Map.of());
    }

    @PostMapping("/offers/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "wanted_kinds", required = false) List<String> kinds, Model model, HttpServletResponse response) {
        signedIn();
        Offer offer = find(id);
        Form form = Form.of(params, kinds);
        form.organisationId = String.valueOf(offer.organisation().id());
        long version = parseLong(params.get("version"), offer.version());
        try {
            offers.update(id, version, form.draft());
            return "redirect:/offers/" + id;
        } catch (InvalidDraftException e) {
            response.setStatus(422);
            return form(model, form, offer, problems(e));
        }
    }

    @GetMapping("/offers/{id}")
    String offer(@PathVariable long id, Model model) {
        return detail(model, find(id), Map.of(), null);
    }

    @PostMapping("/offers/{id}/replies")
    String reply(@PathVariable long id, @RequestParam(name = "organisation_id", required = false) Long organisationId,
            @RequestParam(required = false) String message, Model model, HttpServletResponse response) {
        signedIn();
        Offer offer = find(id);
        try {
            offers.reply(id, organisationId, message);
            return "redirect:/offers/" + id + "?replied";
        } catch (InvalidDraftException e) {
            response.setStatus(422);
            return detail(model, offer, problems(e), message);
        } catch (OfferClosedException e) {
            response.setStatus(409);
            return detail(model, offer, Map.of("message", text("offers.problem.closed")), message);
        }
    }

    @PostMapping("/offers/{id}/replies/{replyId}")
    String answer(@PathVariable long id, @PathVariable long replyId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String answer) {
        signedIn();
        offers.answer(id, replyId, status, answer);
        return "redirect:/offers/" + id;
    }

    @PostMapping("/offers/{id}/project")
    String project(@PathVariable long id) {
        signedIn();
        ProjectDetails project = offers.makeProject(id);
        return "redirect:/projects/" + project.id() + "/edit";
    }

    @GetMapping("/partners/suggest")
    String suggest(@RequestParam(required = false) String text, @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long offer, Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("text", text == null ? "" : text);
        if (project != null) {
            ProjectDetails p = projects.visibleDetails(project, lang).orElseThrow(() -> new NoSuchRecordException("No project " + project));
            model.addAttribute("heading", messages.getMessage("suggest.for_project", new Object[] {p.title()}, LocaleContextHolder.getLocale()));
        } else if (offer != null) {
            model.addAttribute("heading", messages.getMessage("suggest.for_offer", new Object[] {find(offer).title()},
                    LocaleContextHolder.getLocale()));
        }
        boolean asked = project != null || offer != null || (text != null && !text.isBlank());
        model.addAttribute("asked", asked);
        model.addAttribute("suggestions", asked
                ? PartnerSuggestApi.SuggestParams.run(suggestions, text, project, offer, null, lang, PartnerSuggestions.DEFAULT_LIMIT)
                : List.of());
        return "offers/suggest";
    }

    // --- helpers -------------------------------------------------------------------------------------

    private String detail(Model model, Offer offer, Map<String, String> problems, String message) {
        model.addAttribute("offer", offer);
        model.addAttribute("manage", offers.mayManage(offer));
        List<Long> replyFor = offer.isOpen() ? offers.mayReplyFor(offer) : List.of();
        model.addAttribute("replyFor", names(replyFor));
        model.addAttribute("replies", currentUser.actor().isPresent() ? offers.replies(offer.id()) : List.<OfferReplyDetails>of());
        model.addAttribute("problems", problems);
        model.addAttribute("message", message == null ? "" : message);
        return "offers/detail";
    }

    private String form(Model model, Form form, Offer offer, Map<String, String> problems) {
        Actor actor = signedIn();
        Map<Long, String> choices = new LinkedHashMap<>();
        if (actor.administrator()) {
            organisations.all().forEach(o -> choices.put(o.id(), o.name()));
        } else {
            choices.putAll(names(new ArrayList<>(actor.organisationIds())));
        }
        model.addAttribute("form", form);
        model.addAttribute("offer", offer);
        model.addAttribute("organisations", choices);
        model.addAttribute("kinds", OfferValidation.KINDS);
        model.addAttribute("problems", problems);
        return "offers/form";
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, SimilarProjects.OrganisationFacts> facts = index.organisations(ids);
        Map<Long, String> names = new LinkedHashMap<>();
        ids.stream().sorted().forEach(id -> names.put(id, facts.containsKey(id) ? facts.get(id).name()
                : organisations.details(id, null).map(d -> d.name()).orElse("#" + id)));
        return names;
    }

    /** Each field's first problem, in the reader's language. */
    private Map<String, String> problems(InvalidDraftException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field().replaceAll("\\[\\d+]$", "");
            byField.putIfAbsent(field, messages.getMessage("offers.problem." + p.code(), null,
                    messages.getMessage("offers.problem.invalid", null, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
        }
        return byField;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private Actor signedIn() {
        return currentUser.actor().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first"));
    }

    private Offer find(long id) {
        return offers.offer(id).orElseThrow(() -> new NoSuchRecordException("No offer " + id));
    }

    private static long parseLong(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What the offer form holds, as typed: lists as comma-separated text. */
    public static final class Form {
        public String organisationId = "";
        public String language = "";
        public String title = "";
        public String description = "";
        public String themes = "";
        public String wantedCountries = "";
        public List<String> wantedKinds = List.of();
        public String languagesSpoken = "";
        public String periodStart = "";
        public String periodEnd = "";
        public String budgetMin = "";
        public String budgetMax = "";
        public String budgetCurrency = "EUR";
        public String replyDeadline = "";
        public String contactName = "";
        public String contactEmail = "";
        public String contactPhone = "";

        static Form of(Map<String, String> p, List<String> kinds) {
            Form f = new Form();
            f.organisationId = p.getOrDefault("organisation_id", "");
            f.language = p.getOrDefault("language", "");
            f.title = p.getOrDefault("title", "");
            f.description = p.getOrDefault("description", "");
            f.themes = p.getOrDefault("themes", "");
            f.wantedCountries = p.getOrDefault("wanted_countries", "");
            f.wantedKinds = kinds == null ? List.of() : kinds;
            f.languagesSpoken = p.getOrDefault("languages_spoken", "");
            f.periodStart = p.getOrDefault("period_start", "");
            f.periodEnd = p.getOrDefault("period_end", "");
            f.budgetMin = p.getOrDefault("budget_min", "");
            f.budgetMax = p.getOrDefault("budget_max", "");
            f.budgetCurrency = p.getOrDefault("budget_currency", "");
            f.replyDeadline = p.getOrDefault("reply_deadline", "");
            f.contactName = p.getOrDefault("contact_name", "");
            f.contactEmail = p.getOrDefault("contact_email", "");
            f.contactPhone = p.getOrDefault("contact_phone", "");
            return f;
        }

        static Form of(Offer o) {
            Form f = new Form();
            f.organisationId = String.valueOf(o.organisation().id());
            f.language = o.language();
            f.title = o.title();
            f.description = o.description();
            f.themes = String.join(", ", o.themes());
            f.wantedCountries = String.join(", ", o.wantedCountries());
            f.wantedKinds = o.wantedKinds();
            f.languagesSpoken = String.join(", ", o.languagesSpoken());
            f.periodStart = o.period().start() == null ? "" : o.period().start();
            f.periodEnd = o.period().end() == null ? "" : o.period().end();
            f.budgetMin = o.budget() == null || o.budget().min() == null ? "" : o.budget().min().toPlainString();
            f.budgetMax = o.budget() == null || o.budget().max() == null ? "" : o.budget().max().toPlainString();
            f.budgetCurrency = o.budget() == null || o.budget().currency() == null ? "EUR" : o.budget().currency();
            f.replyDeadline = o.replyDeadline().toString();
            f.contactName = o.contact() == null || o.contact().name() == null ? "" : o.contact().name();
            f.contactEmail = o.contact() == null || o.contact().email() == null ? "" : o.contact().email();
            f.contactPhone = o.contact() == null || o.contact().phone() == null ? "" : o.contact().phone();
            return f;
        }

        /** The draft the form states; an unreadable number or id is a field problem, like any other. */
        OfferDraft draft() {
            List<FieldProblem> problems = new ArrayList<>();
            Long organisation = null;
            if (!organisationId.isBlank()) {
                try {
                    organisation = Long.valueOf(organisationId.strip());
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of("organisation_id", "invalid", "must be an organisation id", organisationId));
                }
            }
            BigDecimal min = amount(problems, "budget_min", budgetMin);
            BigDecimal max = amount(problems, "budget_max", budgetMax);
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(problems);
            }
            return new OfferDraft(organisation, language, title, description, split(themes), split(wantedCountries), wantedKinds,
                    split(languagesSpoken), periodStart, periodEnd, min, max, budgetCurrency, replyDeadline, contactName, contactEmail,
                    contactPhone);
        }

        private static BigDecimal amount(List<FieldProblem> problems, String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(field, "invalid", "must be an amount", text));
                return null;
            }
        }

        private static List<String> split(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public String getOrganisationId() {
            return organisationId;
        }

        public boolean hasKind(String kind) {
            return wantedKinds.contains(kind);
        }

        public Locale locale() {
            return Locale.forLanguageTag(language);
        }
    }

}
