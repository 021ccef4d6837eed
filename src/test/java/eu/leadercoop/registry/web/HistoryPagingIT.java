package eu.leadercoop.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.IntegrationTest;
import eu.leadercoop.Responses;
import eu.leadercoop.accounts.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16: a project's history is read a page at a time, and a page reads only its own revisions (and the one
 * before), so it costs the same at 10 versions or 10,000; the pages together are the whole history.
 */
@IntegrationTest
class HistoryPagingIT {

    private static final int CHANGES = 150;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestAccounts accounts;

    @Test
    void historyIsPagedNewestFirstAndThePagesMakeTheWholeHistory() {
        RequestPostProcessor admin = TestAccounts.bearer(accounts.tokenOf(accounts.administrator()));
        MvcTestResult created = mvc.post().uri("/api/projects").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"en\", \"titles\": {\"en\": \"Many versions\"}}").exchange();
        assertThat(created).hasStatus(201);
        long id = ((Number) JsonPath.read(Responses.body(created), "$.id")).longValue();
        String etag = created.getResponse().getHeader("ETag");
        for (int i = 0; i < CHANGES; i++) {
            MvcTestResult added = mvc.post().uri("/api/projects/" + id + "/goals").with(admin).header("If-Match", etag)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Goal " + i + "\"}").exchange();
            assertThat(added).hasStatus(201);
            etag = added.getResponse().getHeader("ETag");
        }

        long start = System.nanoTime();
        MvcTestResult first = mvc.get().uri("/api/projects/" + id + "/history?size=20").with(admin).exchange();
        long pageMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(first).hasStatusOk();
        assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(CHANGES + 1));
        assertThat(first.getResponse().getHeader("Link")).isEqualTo("</api/projects/" + id + "/history?page=1&size=20>; rel=\"next\"");
        List<Integer> numbers = JsonPath.read(Responses.body(first), "$[*].number");
        assertThat(numbers).hasSize(20).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(JsonPath.<List<String>>read(Responses.body(first), "$[0].changes[*].after")).contains("Goal " + (CHANGES - 1));

        start = System.nanoTime();
        MvcTestResult whole = mvc.get().uri("/api/projects/" + id + "/history?size=500").with(admin).exchange();
        long wholeMillis = (System.nanoTime() - start) / 1_000_000;
        List<Object> paged = new ArrayList<>();
        for (int page = 0; page * 20 < CHANGES + 1; page++) {
            MvcTestResult result = mvc.get().uri("/api/projects/" + id + "/history?size=20&page=" + page).with(admin).exchange();
            paged.addAll(JsonPath.<List<Object>>read(Responses.body(result), "$[*]"));
            assertThat(result.getResponse().getHeader("Link") != null).isEqualTo((page + 1) * 20 < CHANGES + 1);
        }
        assertThat(paged).isEqualTo(JsonPath.<List<Object>>read(Responses.body(whole), "$[*]"));
        assertThat(JsonPath.<String>read(Responses.body(whole), "$[" + CHANGES + "].kind")).isEqualTo("created");
        start = System.nanoTime();
        assertThat(mvc.get().uri("/api/projects/" + id + "/history?size=20").with(admin).exchange()).hasStatusOk();
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("history of %d revisions: a page of 20 in %d ms (%d ms warm), all in %d ms%n", CHANGES + 1,
                pageMillis, againMillis, wholeMillis);

        assertThat(mvc.get().uri("/api/projects/" + id + "/history?size=0").with(admin).exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/projects/" + id + "/history?page=-1").with(admin).exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/projects/" + id + "/history?page=99").with(admin).exchange()).hasStatusOk();
    }
}
