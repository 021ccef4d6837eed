package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.importer.ExtractCommand;
import eu.leadercoop.importer.text.Bombs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 16: the uploads that took the server down or read without limit are refused quickly and in words on
 * every route that reads uploads: {@code POST /api/extract}, {@code /api/import/drafts}, the Import page and the
 * {@code extract} command.
 */
class HostileUploadsIT extends ImportPageSpecification {

    private static final byte[] BOMB = Bombs.docx(2048);
    private static final String REFUSAL = "The Word document unpacks to more than 64 MB; a project page is far smaller,"
            + " so it is not read (it may be a decompression bomb).";

    @Test
    void aWordDocumentThatUnpacksToTwoGibibytesIsRefusedInWordsOnEveryRoute(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        MvcTestResult extract = mvc.perform(multipart("/api/extract")
                .file(new MockMultipartFile("file", "bomb.docx", "application/octet-stream", BOMB)));
        assertThat(extract).hasStatusOk();
        assertThat((String) JsonPath.read(Responses.body(extract), "$[0].error")).isEqualTo(REFUSAL);

        MvcTestResult api = mvc.perform(multipart("/api/import/drafts").with(TestAccounts.bearer(accounts.tokenOf(accounts.administrator())))
                .file(new MockMultipartFile("file", "bomb.docx", "application/octet-stream", BOMB)));
        assertThat(api).hasStatus(400);
        assertThat((String) JsonPath.read(Responses.body(api), "$[0].error")).isEqualTo(REFUSAL);

        MvcTestResult page = client.upload(new MockMultipartFile("files", "bomb.docx", "application/octet-stream", BOMB));
        assertThat(page).hasStatus(400);
        assertThat(ImportClient.html(page).select(".lc-import-results .alert").eachText())
                .containsExactly("Not imported: bomb.docx Reason: " + REFUSAL);

        Path file = Files.write(dir.resolve("bomb.docx"), BOMB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExtractCommand.run(new String[]{file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(REFUSAL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(drafts.pending()).noneMatch(d -> d.sourceName().equals("bomb.docx"));
    }

    @Test
    void plainTextOverTwentyMegabytesIsRefusedWith413BeforeItIsRead() {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        for (String route : new String[]{"/api/extract", "/api/import/drafts"}) {
            MvcTestResult result = mvc.post().uri(route).with(TestAccounts.bearer(accounts.tokenOf(accounts.administrator())))
                    .contentType(MediaType.TEXT_PLAIN).content(big).exchange();
            assertThat(result).as(route).hasStatus(413);
            assertThat(Responses.body(result)).as(route)
                    .contains("The request body is larger than 20 MB, the most this site reads.");
        }
        MvcTestResult other = mvc.post().uri("/api/extract").contentType(MediaType.APPLICATION_OCTET_STREAM).content(big).exchange();
        assertThat(other).hasStatus(413);
    }
}
