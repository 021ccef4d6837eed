package eu.leadercoop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void readsFiltersAndNormalisesCodes() {
        SearchQuery q = SearchQuery.of("  õppereis ", null,
                Map.of(Facet.ROLE, List.of("Lead-Partner"), Facet.EVENT_TYPE, List.of("study trip"), Facet.COUNTRY, List.of("EE", " ")),
                "budget_desc", 2, 50);
        assertThat(q.text()).isEqualTo("õppereis");
        assertThat(q.lang()).isEqualTo("en");
        assertThat(q.sort()).isEqualTo(SearchSort.BUDGET_DESC);
        assertThat(q.selected(Facet.ROLE)).isEqualTo(Set.of("lead_partner"));
        assertThat(q.selected(Facet.EVENT_TYPE)).isEqualTo(Set.of("study_trip"));
        assertThat(q.selected(Facet.COUNTRY)).isEqualTo(Set.of("EE"));
        assertThat(q.filters()).doesNotContainKey(Facet.YEAR);
    }

    @Test
    void namesEveryWrongParameter() {
        assertThatThrownBy(() -> SearchQuery.of("x", "fi", Map.of(Facet.YEAR, List.of("soon"), Facet.STATUS, List.of("late"),
                Facet.BUDGET, List.of("huge"), Facet.ORGANISATION, List.of("MTÜ")), "price", -1, 101))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("lang", "sort", "page", "size", "year", "status", "budget", "organisation"));
    }
}
