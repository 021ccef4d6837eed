package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.importer.text.HtmlText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainContentTest {

    private static String text(String html) {
        // blank lines between blocks are the reader's business, not the content's
        return HtmlText.text(MainContent.html(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://www.example.ee/projekt"))
                .replaceAll("\n+", "\n");
    }

    @Test
    void keepsTheArticleAndLeavesOutNavigationHeaderCookieBannerSideBarAndFooter() {
        String seed = Fixtures.seed(1);
        String text = text(FixtureSite.page("Koostööprojekt", seed));
        assertThat(text).startsWith("Koostööprojekt\n");
        for (String line : seed.lines().filter(l -> !l.isBlank()).toList()) {
            assertThat(text).contains(line.strip().replaceAll("\\s+", " "));
        }
        assertThat(text).doesNotContain(FixtureSite.CHROME_WORDS).doesNotContain("1999", "dataLayer");
    }

    @Test
    void theHeadingInASiteBannerOutsideMainIsKept() {
        String text = text("""
                <html><body><header class="hero"><h1>Arukad külad</h1><nav><a href="/">Avaleht</a></nav></header>
                <div role="main"><p>Periood: 2024–2025</p><p>Partnerid: MTÜ Kodukant</p></div>
                <div class="sidebar">Viimased uudised</div></body></html>""");
        assertThat(text).isEqualTo("Arukad külad\nPeriood: 2024–2025\nPartnerid: MTÜ Kodukant");
    }

    @Test
    void withoutMarkedContentAContainerNamedSoOrTheBodyWithoutChromeIsTaken() {
        String body = "Projekt realizowany był przy współpracy trzech LGD z Polski. ".repeat(5);
        String text = text("""
                <html><head><title>Smaki regionu – LGD Dolina Karpia</title></head><body>
                <div id="menu"><a href="/">Strona główna</a></div>
                <div id="content"><p>%s</p></div>
                <div class="site-footer">Wszelkie prawa zastrzeżone</div>
                <div id="cookies">Ta strona używa ciasteczek</div></body></html>""".formatted(body));
        assertThat(text).isEqualTo("Smaki regionu\n" + body.strip());
        assertThat(text("<html><body><div class='page'><p>Periood: 2024</p></div><footer>Kontakt</footer></body></html>"))
                .isEqualTo("Periood: 2024");
        // a wrapper named after its side bar keeps the content; the side bar itself goes
        assertThat(text("""
                <html><body><div class="container with-sidebar"><div class="text"><p>Periood: 2024–2025</p>
                <p>Partnerid: MTÜ Kodukant, MTÜ Nelja Valla Kogu</p></div><div class="sidebar">Uudised</div></div></body></html>"""))
                .isEqualTo("Periood: 2024–2025\nPartnerid: MTÜ Kodukant, MTÜ Nelja Valla Kogu");
    }

    @Test
    void aListOfPostsKeepsEveryPost() {
        String text = text("""
                <html><body><nav>Menüü</nav><div class="posts"><article><h2>Õppereis Soome</h2><p>4.-7.06 2024</p></article>
                <article><h2>Seminar Tartus</h2><p>08.11 2024</p></article></div></body></html>""");
        assertThat(text).contains("Õppereis Soome", "Seminar Tartus").doesNotContain("Menüü");
    }

    @Test
    void readsTheCharsetThePageNamesAndMakesLinksAbsolute() {
        Charset baltic = Charset.forName("windows-1257");
        byte[] bytes = """
                <html><head><meta charset="windows-1257"></head><body><main><p>Põlva Koostöökogu ühistegevused</p>
                <p><a href="/projekt/veeb">Projekti veebileht</a></p></main></body></html>""".getBytes(baltic);
        String html = MainContent.html(bytes, null, "https://www.example.ee/a/b");
        assertThat(HtmlText.text(html)).contains("Põlva Koostöökogu ühistegevused",
                "Projekti veebileht (https://www.example.ee/projekt/veeb)");
    }
}
