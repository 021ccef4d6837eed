package eu.leadercoop.site;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.site.PageText.Block;
import eu.leadercoop.site.PageText.Piece;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void headingsListsAndParagraphsAreToldByTheirMarks() {
        List<Block> blocks = PageText.blocks("""
                First line of a paragraph
                and its second line.

                ## What we keep
                - accounts
                - contacts of projects
                After the list.""", Map.of());

        assertThat(blocks).containsExactly(
                new Block("paragraph", List.of(List.of(new Piece("First line of a paragraph and its second line.", null)))),
                new Block("heading", List.of(List.of(new Piece("What we keep", null)))),
                new Block("list", List.of(List.of(new Piece("accounts", null)), List.of(new Piece("contacts of projects", null)))),
                new Block("paragraph", List.of(List.of(new Piece("After the list.", null)))));
    }

    @Test
    void placeholdersAreFilledAndAddressesBecomeLinksWithoutTheSentencesFullStop() {
        List<Block> blocks = PageText.blocks("Write to {contact_email} or read https://leadercoop.test/privacy. {unknown} stays.",
                Map.of("contact_email", "info@leader.ee"));

        assertThat(blocks.getFirst().lines().getFirst()).containsExactly(
                new Piece("Write to ", null),
                new Piece("info@leader.ee", "mailto:info@leader.ee"),
                new Piece(" or read ", null),
                new Piece("https://leadercoop.test/privacy", "https://leadercoop.test/privacy"),
                new Piece(". {unknown} stays.", null));
    }

    @Test
    void markupIsTextNotHtml() {
        List<Block> blocks = PageText.blocks("<script>alert(1)</script> <b>bold</b>", Map.of());

        assertThat(blocks.getFirst().lines().getFirst())
                .containsExactly(new Piece("<script>alert(1)</script> <b>bold</b>", null));
    }

    @Test
    void everyShippedPageHasATitleAndABodyInEveryLanguage() {
        for (SitePageKind kind : SitePageKind.values()) {
            for (String language : SitePages.LANGUAGES) {
                SitePage page = SitePages.shipped(kind, language);
                assertThat(page.title()).as("%s in %s", kind, language).isNotBlank();
                assertThat(PageText.blocks(page.body(), Map.of())).as("%s in %s", kind, language).hasSizeGreaterThan(2);
                assertThat(page.edited()).isFalse();
            }
        }
    }

    @Test
    void theShippedPrivacyNoticeAndAccessibilityStatementSayWhatTheyMust() {
        for (String language : SitePages.LANGUAGES) {
            String privacy = SitePages.shipped(SitePageKind.PRIVACY, language).body();
            assertThat(privacy).as("privacy notice in %s", language).contains("{contact_email}", "Argon2id", "15", "7", "1");
            String statement = SitePages.shipped(SitePageKind.ACCESSIBILITY, language).body();
            assertThat(statement).as("accessibility statement in %s", language)
                    .contains("2016/2102", "EN 301 549", "WCAG 2.1", "{contact_email}", "2026");
        }
    }
}
