package eu.leadercoop.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.MailServer;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.accounts.internal.UserAccount;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A project written by two organisations in a real browser: the coordinator signs in, creates a draft,
 * adds a partner and an activity with its commitment, invites the partner's editor (the e-mail reaches a
 * real SMTP server), who sets a password from the link and adds the event; the coordinator publishes, the
 * public page shows it and the history shows every step with who made it. Each editor form is swapped
 * in place by htmx under the site's Content-Security-Policy, and the pages pass axe-core.
 */
@BrowserTest
class EditingJourneyIT {

    @RegisterExtension
    static MailServer mail = new MailServer();

    @Autowired
    TestAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    JavaMailSender mailSender;

    @BeforeEach
    void connect() {
        mail.connect(mailSender);
    }

    @Test
    void aCoordinatorAndAnInvitedPartnerWriteAProjectThatIsThenPublishedWithItsHistory(Browser browser) throws Exception {
        long lead = organisations.create(new OrganisationDraft("MTÜ Teekonna Koostöökogu", List.of(), null, "lag", "EE", "EE-37", null)).id();
        organisations.create(new OrganisationDraft("MTÜ Teekonna Partnerluskogu", List.of("Teekonna Partnerluskogu MTÜ"), null, "lag",
                "EE", "EE-79", null));
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));

        // the coordinator creates a draft from the account page
        browser.signIn(coordinator).open("/account?lang=en").follow("New project");
        browser.assertAccessible();
        browser.find("#f-title").sendKeys("Teekond koos");
        new Select(browser.find("#f-language")).selectByValue("et");
        browser.find("#f-period").sendKeys("jaanuar 2025 – juuni 2026");
        submit(browser, "#form-new");
        assertThat(browser.currentPath()).matches("/projects/\\d+/edit\\?notice=created");
        String editor = browser.currentPath().replaceAll("\\?.*", "");
        assertThat(browser.find("[role=status]").getText()).startsWith("The project was created as a draft.");

        // a partner, by another spelling of its name, swapped in without reloading the page
        browser.script("window.lcSamePage = true;");
        browser.click(browser.find(By.linkText("Add a partner")));
        browser.settle();
        browser.find("#form-partners-new #f-organisation").sendKeys("Teekonna Partnerluskogu MTÜ");
        submit(browser, "#form-partners-new");
        assertThat(browser.script("return window.lcSamePage === true;")).as("htmx swapped the editor in place").isEqualTo(true);
        assertThat(texts(browser, "#section-partners li a")).contains("MTÜ Teekonna Koostöökogu", "MTÜ Teekonna Partnerluskogu");

        // an activity with its commitment; the deadline is read back while typing
        browser.click(browser.find(By.linkText("Add an activity")));
        browser.settle();
        browser.find("#form-activities-new #f-text").sendKeys("Vähemalt kolme koosoleku korraldamine erinevates piirkondades.");
        browser.find("#f-commitments-0-min-count").sendKeys("3");
        checkbox(browser, "commitments[0].event_types", "meeting");
        browser.click(browser.find("#f-commitments-0-distinct-regions"));
        browser.find("#f-commitments-0-deadline").sendKeys("30.06.2026");
        browser.waitUntil(d -> browser.find("#f-commitments-0-deadline-understood").getText().equals("Read as: 30 June 2026"));
        browser.assertAccessible();
        submit(browser, "#form-activities-new");
        assertThat(browser.find("#section-activities .lc-commitment").getText())
                .isEqualTo("at least 3 × meeting · in different partner regions · by 30 June 2026");

        // the partner's editor is invited
        browser.click(browser.find(By.linkText("Invite a partner's editor")));
        browser.settle();
        browser.find("#invite-email").sendKeys("toimetaja@teekond.example.ee");
        new Select(browser.find("#invite-organisation")).selectByVisibleText("MTÜ Teekonna Partnerluskogu");
        submit(browser, "main form[action$='/invitations']");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The invitation was sent to toimetaja@teekond.example.ee.");
        String link = URI.create(MailServer.link(mail.getReceivedMessages()[0])).getPath();

        // ...sets a password from the link, signs in and adds the event their organisation held
        browser.signOut().open(link);
        browser.find("#display-name").sendKeys("Tiina Toimetaja");
        browser.find("#password").sendKeys("a long enough password");
        submit(browser, "main form");
        browser.signIn("toimetaja@teekond.example.ee", "a long enough password").open(editor + "?lang=en");
        assertThat(browser.findAll("#section-core a")).extracting(WebElement::getText).doesNotContain("Edit");
        browser.click(browser.find(By.linkText("Add an event")));
        browser.settle();
        browser.find("#form-events-new #f-date").sendKeys("23.-24.08 2025");
        browser.find("#form-events-new #f-title").sendKeys("Koosolek Tapal");
        new Select(browser.find("#form-events-new #f-type")).selectByValue("meeting");
        checkbox(browser, "organisers", "MTÜ Teekonna Partnerluskogu");
        new Select(browser.find("#form-events-new #f-activity")).selectByIndex(1);
        submit(browser, "#form-events-new");
        assertThat(browser.find("#section-events li").getText()).contains("August 2025", "Koosolek Tapal");
        assertThat(browser.findAll("button")).extracting(WebElement::getText).doesNotContain("Publish");

        // the coordinator publishes; the public page shows it all
        browser.signOut().signIn(coordinator).open(editor + "?lang=en");
        submit(browser, "form[action$='/edit/publish']");
        assertThat(browser.find(".lc-badge-state").getText()).isEqualTo("published");
        String page = editor.replace("/edit", "");
        browser.signOut().open(page + "?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Teekond koos");
        assertThat(browser.find("#partners + ul").getText()).contains("MTÜ Teekonna Partnerluskogu");
        assertThat(browser.find("main").getText()).contains("Koosolek Tapal", "at least 3 × meeting");
        browser.assertAccessible();

        // the history names every step and who took it
        browser.signIn(coordinator).open(page + "/history?lang=en");
        List<String> steps = texts(browser, ".lc-history > li");
        assertThat(steps).hasSize(5);
        assertThat(steps.get(0)).contains("changed", coordinator.getEmail(), "Publication", "draft", "published");
        assertThat(steps.get(1)).contains("changed", "toimetaja@teekond.example.ee", "Events", "Koosolek Tapal");
        assertThat(steps.get(2)).contains("changed", coordinator.getEmail(), "Activities", "Vähemalt kolme koosoleku");
        assertThat(steps.get(3)).contains("changed", coordinator.getEmail(), "Partners", "MTÜ Teekonna Partnerluskogu");
        assertThat(steps.get(4)).contains("created", coordinator.getEmail());
        browser.assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aRefusedFormStaysOpenWithItsProblemBesideTheInput(Browser browser) {
        long lead = organisations.create(new OrganisationDraft("MTÜ Vigade Koostöökogu", List.of(), null, "lag", "EE", null, null)).id();
        UserAccount coordinator = accounts.editorOfIds(Set.of(lead));
        browser.signIn(coordinator).open("/projects/new?lang=en");
        browser.find("#f-title").sendKeys("Vead");
        submit(browser, "#form-new");
        String editor = browser.currentPath().replaceAll("\\?.*", "");

        browser.open(editor + "?open=core&lang=en");
        WebElement period = browser.find("#f-period");
        period.clear();
        period.sendKeys("31.02.2024");
        browser.waitUntil(d -> browser.find("#f-period-understood").getText()
                .equals("Not a date we can read. Try 01.03.2024, March 2024 or 2024."));
        submit(browser, "#form-core");
        assertThat(browser.find("#f-period-problem").getText()).isEqualTo("'31.02.2024' is not a date we can read.");
        assertThat(browser.find("#f-period").getAttribute("value")).isEqualTo("31.02.2024");
        browser.assertAccessible();
    }

    /** Submits a form as a person does, by its button, and waits until the page (or htmx's swap) is done. */
    private static void submit(Browser browser, String form) {
        browser.click(browser.find(form).findElement(By.cssSelector("button[type=submit]")));
        browser.settle();
    }

    private static void checkbox(Browser browser, String name, String value) {
        browser.findAll("input[type=checkbox][name='" + name + "']").stream()
                .filter(box -> box.getAttribute("value").equals(value)).findFirst().map(browser::click).orElseThrow();
    }

    private static List<String> texts(Browser browser, String selector) {
        return browser.findAll(selector).stream().map(WebElement::getText).toList();
    }
}
