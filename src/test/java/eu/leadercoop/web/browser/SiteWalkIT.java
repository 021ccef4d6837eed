package eu.leadercoop.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.accounts.TestAccounts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public page and every editing page, in Estonian, Polish and English, as a new visitor (no cookie: every
 * page is a first visit) and signed in as a network administrator. A page fails on: a console error, a request
 * of the page (stylesheet, script, image, data) answered with an error, {@code jsessionid} in any address, an
 * untranslated message key ({@code ??key_pl??}), a raw value in the text a reader sees (an ISO date such as
 * {@code 2024-01-31}, an amount such as {@code 120000.00}, a code such as {@code lead_partner}), or a page in
 * another language than asked for. All problems of a walk are listed together.
 */
@BrowserTest
class SiteWalkIT {

    static final List<String> PUBLIC = List.of("/", "/search", "/search?q=%C3%B5ppereis&country=EE", "/search?q=wsp%C3%B3%C5%82praca",
            "/organisations", "/events", "/events?when=past", "/map", "/statistics", "/open-data", "/dashboards/network",
            "/about", "/contact", "/privacy", "/accessibility", "/legal", "/login", "/password-reset");

    /** Addresses of pages that do not exist: the site's error page, styled, in the reader's language. */
    static final List<String> MISSING = List.of("/nonexistent-page", "/projects/abc", "/projects/999999", "/organisations/abc");

    static final List<String> EDITING = List.of("/account", "/projects/new", "/organisations/new", "/admin/users", "/import",
            "/admin/rates", "/admin/measure-rules", "/admin/site-pages", "/admin/site-pages/about/et",
            "/admin/site-pages/privacy/pl", "/admin/site-pages/accessibility/en");

    /** A project's own editing pages, with each of the editor's forms open in turn. */
    static final List<String> PROJECT_EDITING = List.of("/edit", "/edit?open=core", "/edit?open=partners-new",
            "/edit?open=activities-new", "/edit?open=events-new", "/edit?open=media-new", "/edit?open=contacts-new",
            "/history", "/invitations");

    static final Pattern UNTRANSLATED = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+\\?\\?");
    static final Pattern RAW_DATE = Pattern.compile("(?<![\\d/.-])\\d{4}-(0[1-9]|1[0-2]|2[1-4])(-\\d{2})?(?![\\d-])");
    static final Pattern RAW_AMOUNT = Pattern.compile("(?<![\\d.,\\s])\\d{4,}\\.\\d{2}(?!\\d)");
    static final Pattern RAW_CODE = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"et", "pl", "en"})
    void everyPublicPageAsANewVisitor(String language, Browser browser) {
        List<String> problems = new ArrayList<>();
        for (String path : pages(browser, language, false)) {
            browser.signOut();
            visit(browser, path, language, problems);
        }
        for (String path : MISSING) {
            browser.signOut();
            visit(browser, path, language, problems);
        }
        assertThat(problems).as("problems met walking the site in %s as a new visitor", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"et", "pl", "en"})
    void everyPageSignedInAsAnAdministrator(String language, Browser browser) {
        browser.signIn(accounts.administrator());
        List<String> problems = new ArrayList<>();
        for (String path : pages(browser, language, true)) {
            visit(browser, path, language, problems);
        }
        assertThat(problems).as("problems met walking the site in %s signed in", language).isEmpty();
    }

    /** A first visit to an error page has its stylesheets (they used to carry ;jsessionid= and be refused). */
    @Test
    void aFirstVisitToAMissingPageIsStyledAndSaysNotFound(Browser browser) {
        browser.signOut();
        browser.open("/projects/abc?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Not found");
        assertThat(browser.script("return [...document.styleSheets].filter(s => s.href && s.cssRules.length > 0).length;"))
                .as("stylesheets loaded").isEqualTo(2L);
        assertThat(browser.driver().getPageSource()).doesNotContainIgnoringCase("jsessionid");
    }

    /** The header's language links keep the page's query and filters, also after the results change in place. */
    @Test
    void switchingLanguageKeepsTheSearchAndItsFilters(Browser browser) {
        browser.signOut();
        browser.open("/search?q=%C3%B5ppereis&country=EE&lang=et");
        browser.click(browser.find(By.cssSelector(".lc-languages a[hreflang=pl]")));
        browser.waitUntil(d -> browser.currentPath().contains("lang=pl"));
        assertThat(browser.currentPath()).isEqualTo("/search?q=%C3%B5ppereis&country=EE&lang=pl");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("pl");
        assertThat(browser.find("#lc-header-q").getAttribute("value")).isEqualTo("õppereis");
    }

    private void visit(Browser browser, String path, String language, List<String> problems) {
        String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
        browser.consoleErrors(); // forget what earlier pages wrote
        browser.open(address);
        String page = address + ": ";
        String expected = MISSING.contains(path) ? null : browser.url(address);
        String htmlLang = browser.find("html").getAttribute("lang");
        if (!language.equals(htmlLang)) {
            problems.add(page + "the page is in '" + htmlLang + "'");
        }
        String url = browser.driver().getCurrentUrl();
        for (String error : browser.consoleErrors()) {
            // the error page's own 404 is its status, not a failed request
            if (expected == null && error.startsWith(url)) {
                continue;
            }
            problems.add(page + "console: " + error);
        }
        @SuppressWarnings("unchecked")
        List<Object> failed = (List<Object>) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.responseStatus >= 400 || e.responseStatus === 0 && e.transferSize === 0 && e.decodedBodySize === 0"
                + " && !e.name.startsWith('data:')).map(e => e.name + ' ' + e.responseStatus);");
        failed.forEach(f -> problems.add(page + "failed request " + f));
        @SuppressWarnings("unchecked")
        List<Object> addresses = (List<Object>) browser.script("return [location.href, ...performance.getEntriesByType('resource')"
                + ".map(e => e.name), ...[...document.querySelectorAll('[href],[src],[action]')].map(e => e.getAttribute('href')"
                + " || e.getAttribute('src') || e.getAttribute('action'))];");
        addresses.stream().map(String::valueOf).filter(a -> a.toLowerCase(Locale.ROOT).contains("jsessionid"))
                .forEach(a -> problems.add(page + "session id in an address: " + a));
        String source = browser.driver().getPageSource();
        find(UNTRANSLATED, source).forEach(k -> problems.add(page + "untranslated message " + k));
        // code (the editor's placeholders) and text naming a format or explaining it by example (class lc-format:
        // "EDTF (2024-06, 2025-21 for spring 2025)", "JSON Schema (draft 2020-12)") are meant as written
        String text = (String) browser.script("let t = document.querySelector('main').innerText;"
                + "document.querySelectorAll('main code, main .lc-format').forEach(e => t = t.replace(e.innerText, ''));"
                + "return t;");
        find(RAW_DATE, text).forEach(v -> problems.add(page + "raw date " + v));
        find(RAW_AMOUNT, text).forEach(v -> problems.add(page + "raw amount " + v));
        find(RAW_CODE, text).forEach(v -> problems.add(page + "raw code " + v));
    }

    /** The fixed pages, and every project and organisation the home page and the organisations list link to. */
    private static List<String> pages(Browser browser, String language, boolean editing) {
        Set<String> pages = new LinkedHashSet<>(PUBLIC);
        List<String> projects = links(browser, "/?lang=" + language, "/projects/\\d+");
        List<String> organisations = links(browser, "/organisations?lang=" + language, "/organisations/\\d+");
        pages.addAll(projects);
        pages.addAll(organisations);
        projects.forEach(p -> pages.add("/dashboards" + p));
        organisations.forEach(o -> pages.add("/dashboards" + o));
        if (editing) {
            pages.addAll(EDITING);
            projects.forEach(p -> PROJECT_EDITING.forEach(e -> pages.add(p + e)));
            organisations.forEach(o -> pages.add(o + "/edit"));
        }
        return List.copyOf(pages);
    }

    private static List<String> links(Browser browser, String from, String pattern) {
        browser.open(from);
        Pattern wanted = Pattern.compile(pattern);
        Set<String> found = new LinkedHashSet<>();
        browser.findAll("main a[href]").forEach(a -> {
            String href = a.getDomAttribute("href");
            if (href != null && wanted.matcher(href).matches()) {
                found.add(href);
            }
        });
        assertThat(found).as("links like %s on %s", pattern, from).isNotEmpty();
        return List.copyOf(found);
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
