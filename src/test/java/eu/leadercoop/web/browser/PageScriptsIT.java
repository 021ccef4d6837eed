package eu.leadercoop.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages' scripts really work in a browser under the site's strict Content-Security-Policy (no inline
 * script or style, no eval): htmx updates the search results in place, the organisation lookup suggests
 * while typing, the statistics charts are drawn; and nothing is refused in the console.
 */
@BrowserTest
class PageScriptsIT {

    @Test
    void aFacetUpdatesTheResultsInPlaceAndTheAddressFollows(Browser browser) {
        browser.open("/search?q=%C3%B5ppereis&lang=en");
        int total = browser.findAll("#search-results .lc-hit").size();
        assertThat(total).isGreaterThan(1);
        // a value that narrows the results: fewer projects than found now
        WebElement facet = browser.findAll("#search-results .lc-facet .form-check").stream()
                .filter(v -> count(v) < total).min(Comparator.comparingInt(PageScriptsIT::count)).orElseThrow();
        WebElement checkbox = facet.findElement(By.cssSelector("input[type=checkbox]"));
        String name = checkbox.getAttribute("name");
        String value = checkbox.getAttribute("value");
        int expected = count(facet);
        WebElement oldResults = browser.find("#search-results");
        browser.script("window.lcSamePage = true;");

        checkbox.click();

        browser.waitUntil(ExpectedConditions.stalenessOf(oldResults));
        browser.settle();
        assertThat(browser.script("return window.lcSamePage === true;"))
                .as("the page was updated in place, not loaded anew").isEqualTo(true);
        assertThat(browser.currentPath()).startsWith("/search?").contains(name + "=" + value);
        assertThat(browser.findAll("#search-results .lc-hit")).hasSize(expected);
        assertThat(browser.find("#search-results .lc-result-count").getText())
                .isEqualTo(expected == 1 ? "1 project found" : expected + " projects found");
        assertThat(browser.find("#search-results input[name='" + name + "'][value='" + value + "']").isSelected()).isTrue();
        assertThat(browser.consoleErrors()).as("console errors (a CSP refusal shows here)").isEmpty();
    }

    @Test
    void theOrganisationLookupSuggestsWhileTypingAndLeavingItLeavesTheResultsAlone(Browser browser) {
        browser.open("/search?q=%C3%B5ppereis&lang=en");
        browser.script("window.lcRequests = []; window.lcChanges = [];"
                + "document.body.addEventListener('htmx:beforeRequest', e => window.lcRequests.push(e.detail.elt.id));"
                + "document.addEventListener('change', e => window.lcChanges.push(e.target.name), true);");
        WebElement typed = browser.find("#org-typed");

        typed.sendKeys("kodukant");
        WebElement suggestion = browser.find("#org-suggestions li a");
        assertThat(suggestion.getText()).isEqualTo("MTÜ Kodukant Läänemaa");
        typed.sendKeys(Keys.TAB);
        browser.settle();

        assertThat(strings(browser.script("return window.lcChanges;"))).as("leaving the box changed it").contains("typed");
        assertThat(strings(browser.script("return window.lcRequests;"))).as("requests sent by htmx")
                .isNotEmpty().containsOnly("org-typed");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theStatisticsChartsAreDrawn(Browser browser) {
        browser.open("/statistics?lang=en");
        int charts = browser.findAll(".lc-chart").size();
        assertThat(charts).isGreaterThan(1);
        browser.waitUntil(d -> browser.findAll(".lc-chart canvas").size() >= charts);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static List<String> strings(Object scriptResult) {
        return ((List<?>) scriptResult).stream().map(String::valueOf).toList();
    }

    private static int count(WebElement facetValue) {
        return Integer.parseInt(facetValue.findElement(By.cssSelector(".lc-count")).getText().trim());
    }
}
