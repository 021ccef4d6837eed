package eu.leadercoop.site.web;

import eu.leadercoop.accounts.Actor;
import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.site.SitePage;
import eu.leadercoop.site.SitePageKind;
import eu.leadercoop.site.SitePages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site's own pages ({@code /about}, {@code /contact}, {@code /privacy}, {@code /accessibility}, {@code /legal}) in
 * the reader's language, and their editor for network administrators ({@code /admin/site-pages}): one form per page
 * and language; a refused save comes back with its problems beside the fields and nothing saved.
 */
@Controller
class SitePageController {

    private final SitePages pages;
    private final SitePageViews views;
    private final CurrentUser users;

    SitePageController(SitePages pages, SitePageViews views, CurrentUser users) {
        this.pages = pages;
        this.views = views;
        this.users = users;
    }

    @GetMapping({"/about", "/contact", "/privacy", "/accessibility", "/legal"})
    String page(jakarta.servlet.http.HttpServletRequest request, Model model) {
        SitePageKind kind = SitePageKind.ofSlug(request.getRequestURI().substring(1)).orElseThrow();
        SitePage page = pages.page(kind, language());
        model.addAttribute("page", page);
        model.addAttribute("blocks", views.blocks(page));
        model.addAttribute("updated", page.edited() ? date(page) : null);
        model.addAttribute("mayEdit", users.actor().map(Actor::administrator).orElse(false));
        return "site/page";
    }

    @GetMapping("/admin/site-pages")
    String list(Model model) {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        List<Row> rows = Arrays.stream(SitePageKind.values())
                .map(k -> new Row(k, SitePages.LANGUAGES.stream().map(l -> pages.page(k, l)).toList())).toList();
        model.addAttribute("rows", rows);
        return "site/admin";
    }

    @GetMapping("/admin/site-pages/{slug}/{lang}")
    String form(@PathVariable String slug, @PathVariable String lang, Model model) {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SitePage page = pages.page(kind(slug), checked(lang));
        return form(page, page.title(), page.body(), null, model);
    }

    @PostMapping("/admin/site-pages/{slug}/{lang}")
    String save(@PathVariable String slug, @PathVariable String lang, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String reset, Model model,
            HttpServletResponse response) {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SitePageKind kind = kind(slug);
        String language = checked(lang);
        if (reset != null) {
            pages.reset(kind, language);
            return "redirect:/" + kind.slug() + "?lang=" + language;
        }
        try {
            pages.save(kind, language, title, body, users.actor().orElseThrow().email());
            return "redirect:/" + kind.slug() + "?lang=" + language;
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(pages.page(kind, language), title, body, e, model);
        }
    }

    private String form(SitePage page, String title, String body, InvalidDraftException refused, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("updated", page.edited() ? date(page) : null);
        model.addAttribute("placeholders", views.placeholders());
        model.addAttribute("problems", refused == null ? List.of() : refused.problems());
        return "site/edit";
    }

    /** Anonymous readers sign in first; signed-in users who are no network administrators get a 403 page. */
    private Optional<String> refusal() {
        Optional<Actor> actor = users.actor();
        if (actor.isEmpty()) {
            return Optional.of("redirect:/login");
        }
        if (!actor.get().administrator()) {
            throw new NotPermittedException("only network administrators edit the site's pages");
        }
        return Optional.empty();
    }

    private static SitePageKind kind(String slug) {
        return SitePageKind.ofSlug(slug).orElseThrow(() -> new NoSuchRecordException("There is no site page " + slug + "."));
    }

    private static String checked(String lang) {
        if (!SitePages.LANGUAGES.contains(lang)) {
            throw new NoSuchRecordException("The site has no language " + lang + ".");
        }
        return lang;
    }

    private static String language() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return SitePages.LANGUAGES.contains(lang) ? lang : "en";
    }

    private static String date(SitePage page) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale())
                .format(page.updatedAt().atZone(ZoneId.systemDefault()));
    }

    /** One page in every language, for the editor's list. */
    record Row(SitePageKind kind, List<SitePage> languages) {
    }
}
