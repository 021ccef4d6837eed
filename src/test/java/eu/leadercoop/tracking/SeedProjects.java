package eu.leadercoop.tracking;

import com.jayway.jsonpath.JsonPath;
import eu.leadercoop.Responses;
import java.util.List;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The example projects' ids, found by title through the public API. */
final class SeedProjects {

    static final String PIIRKONDADE = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
    static final String ARUKAD_KULAD = "Arukate külade arenguprogramm";
    static final String VUNKI_MANO = "Vunki mano! loometalgud";
    static final String WSPOLPRACA = "Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich";

    private SeedProjects() {
    }

    static long id(MockMvcTester mvc, String title) {
        String list = Responses.body(mvc.get().uri("/api/projects?size=200").exchange());
        List<Integer> ids = JsonPath.read(list, "$.items[?(@.title == '" + title.replace("'", "\\'") + "')].id");
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one project titled " + title + ", found " + ids.size());
        }
        return ids.getFirst();
    }
}
