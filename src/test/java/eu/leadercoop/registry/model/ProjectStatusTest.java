package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.registry.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    PartialDate january2024 = PartialDate.ofMonth(2024, 1);
    PartialDate june2025 = PartialDate.ofMonth(2025, 6);

    @Test
    void aProjectRunsUntilTheLastDayItsEndCanMean() {
        assertThat(ProjectStatus.of(january2024, june2025, LocalDate.of(2025, 6, 30))).isEqualTo(ProjectStatus.RUNNING);
        assertThat(ProjectStatus.of(january2024, june2025, LocalDate.of(2025, 7, 1))).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void aProjectIsPlannedBeforeTheFirstDayItsStartCanMean() {
        assertThat(ProjectStatus.of(january2024, june2025, LocalDate.of(2023, 12, 31))).isEqualTo(ProjectStatus.PLANNED);
        assertThat(ProjectStatus.of(january2024, june2025, LocalDate.of(2024, 1, 1))).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void withoutAPeriodTheStatusIsUnknown() {
        assertThat(ProjectStatus.of(null, null, LocalDate.of(2024, 1, 1))).isEqualTo(ProjectStatus.UNKNOWN);
        assertThat(ProjectStatus.of(null, june2025, LocalDate.of(2024, 1, 1))).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void eachStatusHasALowerCaseCodeThatNamesItBack() {
        assertThat(Codes.of(ProjectStatus.RUNNING)).isEqualTo("running");
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(Codes.parse(ProjectStatus.class, Codes.of(status))).contains(status);
        }
        assertThat(Codes.parse(ProjectStatus.class, "ongoing")).isEmpty();
    }
}
