package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.Responses;
import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.importer.draft.DraftStatus;
import eu.leadercoop.importer.text.OfficeFixtures;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The Import page without a browser: pasting, uploading several files, reviewing and saving, merging with a
 * choice where two partners' pages disagree, remembering a confirmed spelling, and every kind of bad input
 * answered with a message on the page, never a stack trace, and nothing saved half.
 */
class ImportPagesIT extends ImportPageSpecification {

    @Test
    void pastedTextOpensItsDraftBesideTheSourceWithEveryFieldHighlightedAndMarked() {
        MvcTestResult pasted = client.paste(Fixtures.seed(2));
        assertThat(pasted).hasStatus3xxRedirection();
        long draft = ImportClient.draftId(pasted.getResponse().getRedirectedUrl());
        Document review = client.review(draft);

        assertThat(review.selectFirst("h1").text()).isEqualTo("Review the draft");
        Element source = review.selectFirst(".lc-source");
        assertThat(source.text()).startsWith("2021/1 Arukate külade arenguprogramm");
        assertThat(source.selectFirst("mark[data-field=title]").text()).isEqualTo("Arukate külade arenguprogramm");
        assertThat(source.selectFirst("mark[data-field=reference_number]").text()).isEqualTo("19302100001");
        assertThat(source.selectFirst("mark[data-field=title]").attr("title")).isEqualTo("Title: 80 %");
        assertThat(source.selectFirst("mark[data-field=budget.cost]").hasClass("lc-hl-high")).isTrue();
        assertThat(review.select(".lc-confidences li").eachText()).contains("Title: 80 % fairly sure",
                "Reference number: 90 % sure");
        assertThat(review.select(".alert-warning li").eachText()).contains("Own contribution not stated; 3300.00 is cost − grant.");

        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("referenceNumber")).isEqualTo("19302100001");
        assertThat(form.value("cost")).isEqualTo("33000.00");
        assertThat(form.value("partners[8].name")).isEqualTo("IDA-HARJU KOOSTÖÖKODA");
        assertThat(form.value("partners[8].organisation"))
                .isEqualTo(String.valueOf(ImportFixtures.organisation(organisations, "MTÜ Ida-Harju Koostöökoda").id()));
        assertThat(review.select(".lc-match").get(8).text()).isEqualTo("Known spelling of MTÜ Ida-Harju Koostöökoda");
    }

    @Test
    void uploadsSeveralFilesAtOnceAndListsTheirDraftsForReview() {
        MvcTestResult result = client.upload(
                new MockMultipartFile("files", "003.txt", "text/plain", Fixtures.bytes("seeds/" + Fixtures.SEEDS[3])),
                new MockMultipartFile("files", "page.html", "text/html", Fixtures.bytes("variants/page.html")),
                new MockMultipartFile("files", "004.docx", "application/octet-stream", OfficeFixtures.docx(Fixtures.seed(4))),
                new MockMultipartFile("files", "003.pdf", "application/pdf", OfficeFixtures.pdf(Fixtures.seed(3))));
        assertThat(result).hasStatusOk();
        Document page = ImportClient.html(result);
        assertThat(page.select(".lc-import-results a").eachText()).containsExactly("Draft ready for review: 003.txt",
                "Draft ready for review: page.html", "Draft ready for review: 004.docx", "Draft ready for review: 003.pdf");
        assertThat(page.select("table.lc-drafts tbody th").eachText()).contains("003.txt", "page.html", "004.docx", "003.pdf");
        assertThat(page.select("table.lc-drafts tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("004.docx")).findFirst().orElseThrow().text())
                .contains("Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich");
        long pdf = ImportClient.draftId(page.select(".lc-import-results a").get(3).attr("href"));
        assertThat(drafts.find(pdf).orElseThrow().extracted().title()).isEqualTo("Vunki mano! loometalgud");
    }

    @Test
    void badFilesGetAClearMessageAndNoDraftNeverAStackTrace() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        MvcTestResult result = client.upload(
                new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]),
                new MockMultipartFile("files", "junk.bin", "application/octet-stream", junk),
                new MockMultipartFile("files", "huge.txt", "text/plain", huge),
                new MockMultipartFile("files", "scan.pdf", "application/pdf", OfficeFixtures.pdfWithoutText()));
        assertThat(result).hasStatus(400);
        Document page = ImportClient.html(result);
        assertThat(page.select(".lc-import-results .alert").eachText()).containsExactly(
                "Not imported: empty.txt Reason: The file is empty.",
                "Not imported: junk.bin Reason: " + refusal("junk.bin", junk),
                "Not imported: huge.txt Reason: The file is 50.0 MB; the limit is 20 MB.",
                "Not imported: scan.pdf Reason: " + refusal("scan.pdf", OfficeFixtures.pdfWithoutText()));
        assertThat(Responses.body(result)).doesNotContain("Exception", "\tat ");
        assertThat(drafts.pending()).noneMatch(d -> d.sourceName().equals("empty.txt") || d.sourceName().equals("huge.txt"));
    }

    @Test
    void askingWithNothingToReadSaysSo() {
        MvcTestResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/import").param("text", "  ").header(HttpHeaders.ACCEPT_LANGUAGE, "et").with(administrator));
        assertThat(result).hasStatus(400);
        assertThat(ImportClient.html(result).selectFirst("[role=alert]").text()).isEqualTo("Vali kõigepealt fail või kleebi tekst.");
    }

    @Test
    void htmlFullOfScriptsIsReadAsTextAndNothingOfItRunsOnThePage() {
        long draft = client.uploadOne("scripts.html", Fixtures.bytes("variants/scripts.html"));
        MvcTestResult result = mvc.get().uri("/import/drafts/" + draft).with(administrator).exchange();
        String body = Responses.body(result);
        Document review = ImportClient.html(result);
        int layoutScripts = client.page("/import", "en").select("script").size();
        assertThat(review.select("script")).as("only the layout's own scripts").hasSize(layoutScripts)
                .allSatisfy(script -> assertThat(script.attr("src")).matches("/(webjars|js)/.*").doesNotContain("evil"));
        assertThat(review.select("[onload], [onerror], [onclick], iframe, a[href^=javascript]")).isEmpty();
        assertThat(body).doesNotContain("evil.example", "alert(", "document.cookie");
        assertThat(review.selectFirst(".lc-source").text()).contains("Külade Lood", "Partnerid: MTÜ Nelja Valla Kogu, MTÜ Raplamaa Partnerluskogu");
        assertThat(client.reviewForm(review).value("contacts[0].email")).isEqualTo("mari@example.ee");
    }

    @Test
    void aPageInAnotherLanguageGivesABestEffortDraftWithWarnings() {
        long draft = client.uploadOne("italian.txt", Fixtures.bytes("variants/italian.txt"));
        Document review = client.review(draft);
        assertThat(review.select(".alert-warning li").eachText()).contains("The language of the text could not be told "
                + "(the importer reads Estonian, Polish, English, Latvian, Lithuanian, Finnish, Swedish, German, French and "
                + "Czech). Check every field, and choose the language of the record.");
        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("title")).isEqualTo("Borghi in rete – cooperazione tra villaggi");
        assertThat(form.value("language")).isEmpty();
        long before = projects.count();
        MvcTestResult refused = client.submit(form);
        assertThat(refused).hasStatus(400);
        assertThat(ImportClient.html(refused).select("#problems li").eachText()).contains("language: is required");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void aRefusedSaveCreatesNoOrganisationAndShowsEveryProblemInTheForm() {
        long draft = ImportClient.draftId(client.paste("""
                Rannakülade ühisköök

                Periood: 2024 – 2025

                Partnerid: MTÜ Lääne-Harju Koostöökogu (juhtpartner), MTÜ Saarte Rannakalurid
                """).getResponse().getRedirectedUrl());
        Document review = client.review(draft);
        HtmlForm form = client.reviewForm(review);
        assertThat(review.select(".lc-match").eachText()).containsExactly(
                "Known spelling of MTÜ Lääne-Harju Koostöökogu", "No known organisation: proposed as new");
        assertThat(form.value("partners[1].organisation")).isEqualTo("new");
        assertThat(form.value("partners[1].kind")).isEqualTo("ngo");
        assertThat(form.value("partners[1].legalForm")).isEqualTo("non_profit_association");
        form.set("title", "").set("periodEnd", "2023");
        long organisationsBefore = organisations.all().size();
        long projectsBefore = projects.count();

        MvcTestResult refused = client.submit(form);
        assertThat(refused).hasStatus(400);
        Document again = ImportClient.html(refused);
        assertThat(again.select("#problems li").eachText()).containsExactly(
                "titles: a project needs a title", "period.end: ends before it starts");
        assertThat(again.selectFirst("input[name=title]").hasClass("is-invalid")).isTrue();
        assertThat(client.reviewForm(again).value("partners[1].organisation")).as("the reviewer's choices stay").isEqualTo("new");
        assertThat(organisations.all()).hasSize((int) organisationsBefore);
        assertThat(projects.count()).isEqualTo(projectsBefore);
        assertThat(drafts.find(draft).orElseThrow().status()).isEqualTo(DraftStatus.PENDING);

        client.save(client.reviewForm(again).set("title", "Rannakülade ühisköök").set("periodEnd", "2025"));
        assertThat(organisations.findByName("Saarte Rannakalurid")).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo("ngo"))
                .satisfies(o -> assertThat(o.country()).isEqualTo("EE"));
        assertThat(drafts.find(draft).orElseThrow().status()).isEqualTo(DraftStatus.SAVED);
    }

    @Test
    void aConfirmedMatchRemembersTheSpellingAsAnAlias() {
        long draft = ImportClient.draftId(client.paste("""
                Kogukonnamajade võrgustik

                Periood: 2025

                Partnerid: IHK (juhtpartner), MTÜ Järva Arengu Partnerite Kogu, Raplamaa Partnerluskogu
                """).getResponse().getRedirectedUrl());
        Document review = client.review(draft);
        assertThat(review.select(".lc-match").eachText()).containsExactly("No known organisation: proposed as new",
                "No known organisation: proposed as new", "Known spelling of MTÜ Raplamaa Partnerluskogu");
        long idaHarju = ImportFixtures.organisation(organisations, "MTÜ Ida-Harju Koostöökoda").id();
        long jap = ImportFixtures.organisation(organisations, "MTÜ Järva Arengu Partnerid").id();
        client.save(client.reviewForm(review).set("partners[0].organisation", String.valueOf(idaHarju))
                .set("partners[1].organisation", String.valueOf(jap)));

        assertThat(organisations.details(idaHarju, "et").orElseThrow().aliases()).contains("IHK");
        assertThat(organisations.details(jap, "et").orElseThrow().aliases()).contains("MTÜ Järva Arengu Partnerite Kogu");
        long again = ImportClient.draftId(client.paste("Partnerid: IHK, Raplamaa Partnerluskogu").getResponse().getRedirectedUrl());
        assertThat(client.review(again).select(".lc-match").eachText())
                .containsExactly("Known spelling of MTÜ Ida-Harju Koostöökoda", "Known spelling of MTÜ Raplamaa Partnerluskogu");
    }

    @Test
    void aSecondPartnersPageIsMergedWithTheValueThePersonPicksWhereTheyDisagree() {
        long lead = client.uploadOne("pl-lider.txt", Fixtures.bytes("merge/pl-lider.txt"));
        HtmlForm first = client.reviewForm(client.review(lead));
        MvcTestResult refused = client.submit(first);
        assertThat(ImportClient.html(refused).select("#problems li").eachText()).containsExactly(
                "publisher: choose the partner whose cost, grant or own contribution the text states, or clear the figures");
        client.save(first.set("publisher", "0"));
        long projectId = drafts.find(lead).orElseThrow().projectId();

        long partner = client.uploadOne("pl-partner.txt", Fixtures.bytes("merge/pl-partner.txt"));
        Document review = client.page("/import/drafts/" + partner, "pl");
        assertThat(review.selectFirst("input[name=target][checked]").val()).isEqualTo(String.valueOf(projectId));
        assertThat(review.selectFirst("label[for=target-" + projectId + "]").text())
                .contains("Dodaj do zapisanego projektu „Smaki pogranicza – wspólna promocja produktów lokalnych”");
        assertThat(review.select(".lc-conflict").eachAttr("data-conflict")).containsExactly("period");
        assertThat(review.selectFirst(".lc-conflict").text()).contains(
                "Zachowaj wartość z rekordu: od 01.03.2024 do 30.06.2025", "Weź wartość z tego tekstu: od 01.03.2024 do 31.12.2025");
        assertThat(review.selectFirst(".lc-not-in-text").text())
                .isEqualTo("W rekordzie, ale niewymienieni w tym tekście (pozostają): Powiat Myszkowski");
        HtmlForm form = client.reviewForm(review);
        assertThat(form.value("partners[1].name")).isEqualTo("LGD „Puszcza Kozienicka”");
        assertThat(review.select(".lc-row").get(1).text()).contains("nowy w projekcie");
        assertThat(form.value("publisher")).isEqualTo("2");
        client.save(form.set("take[period]", "text"));

        ProjectDetails merged = merging.details(projectId).orElseThrow();
        assertThat(merged.period().start()).isEqualTo(PartialDate.ofDay(2024, 3, 1));
        assertThat(merged.period().end()).as("the text's end, as picked").isEqualTo(PartialDate.ofDay(2025, 12, 31));
        assertThat(merged.partners()).extracting(ProjectDetails.Partner::name).containsExactly(
                "Lokalna Grupa Działania Ziemi Kraśnickiej",
                "Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania", "Powiat Myszkowski",
                "Lokalna Grupa Działania „Puszcza Kozienicka”");
        assertThat(merged.goals()).hasSize(2);
        assertThat(merged.activities()).extracting(ProjectDetails.Activity::scope, ProjectDetails.Activity::partner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("joint", null), org.assertj.core.groups.Tuple.tuple("joint", null),
                org.assertj.core.groups.Tuple.tuple("partner", "Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania"));
        assertThat(merged.events()).extracting(ProjectDetails.Event::type).containsExactly("study_trip", "seminar");
        assertThat(merged.events().get(0).activityId()).isEqualTo(merged.activities().get(0).id());
        assertThat(merged.events().get(1).organisers()).extracting(ProjectDetails.OrganisationRef::name)
                .containsExactly("Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania");
        assertThat(merged.contacts()).extracting(ProjectDetails.Contact::organisation)
                .containsExactly("Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania");
        assertThat(merged.budget().lines()).extracting(ProjectDetails.Line::organisation, ProjectDetails.Line::cost)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lokalna Grupa Działania Ziemi Kraśnickiej", new java.math.BigDecimal("120000.00")));
        assertThat(merged.sources()).extracting(ProjectDetails.Source::reference, ProjectDetails.Source::periodAsWritten).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pl-lider.txt", "od 01.03.2024 do 30.06.2025"),
                org.assertj.core.groups.Tuple.tuple("pl-partner.txt", "od 01.03.2024 do 31.12.2025"));
    }

    @Test
    void aDraftCanBeDiscardedFromTheListWithHtmx() {
        long draft = client.uploadOne("001.txt", Fixtures.bytes("seeds/" + Fixtures.SEEDS[1]));
        Document list = client.page("/import", "en");
        assertThat(list.select("tr#draft-" + draft + " form").attr("hx-post")).isEqualTo("/import/drafts/" + draft + "/discard");
        MvcTestResult discarded = mvc.post().uri("/import/drafts/" + draft + "/discard").header("HX-Request", "true").with(administrator).exchange();
        assertThat(discarded).hasStatusOk();
        assertThat(Responses.body(discarded)).isBlank();
        assertThat(drafts.find(draft).orElseThrow().status()).isEqualTo(DraftStatus.DISCARDED);
        assertThat(client.page("/import", "en").select("tr#draft-" + draft)).isEmpty();
        assertThat(client.review(draft).select(".alert").text()).isEqualTo("This draft was discarded.");
        assertThat(mvc.post().uri("/import/drafts/" + draft + "/discard").with(administrator).exchange()).hasStatus(404);
    }

    @Test
    void importingIsForSignedInEditors() {
        int pending = drafts.pending().size();
        MvcTestResult anonymous = mvc.get().uri("/import").exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/import").param("text", Fixtures.seed(3)).with(accounts.anonymous()))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/import/drafts").exchange()).hasStatus(401);
        assertThat(drafts.pending()).hasSize(pending);
    }

    @Test
    void theImportPageSpeaksEstonianPolishAndEnglish() {
        assertThat(client.page("/import", "et").selectFirst("h1").text()).isEqualTo("Projektilehtede import");
        assertThat(client.page("/import", "pl").selectFirst("h1").text()).isEqualTo("Import stron projektów");
        assertThat(client.page("/import", "en").selectFirst("h1").text()).isEqualTo("Import project pages");
        assertThat(client.page("/import", "en").select("nav a[href=/import]").text()).isEqualTo("Import");
        assertThat(mvc.get().uri("/import/drafts/999999").with(administrator).exchange()).hasStatus(404);
    }

    private static String refusal(String name, byte[] bytes) {
        return ((eu.leadercoop.importer.ExtractionFailure) new eu.leadercoop.importer.DocumentImporter().extract(name, bytes)).error();
    }
}
