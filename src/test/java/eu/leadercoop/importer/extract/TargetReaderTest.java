package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            osaleb kokku ca 200 inimest                  | 200  | participants | true
            osaleb kokku ca. 200 inimest                 | 200  | participants | true
            osaleb umbes 200 inimest                     | 200  | participants | true
            weźmie udział około 150 uczestników          | 150  | participants | true
            weźmie udział ok. 150 uczestników            | 150  | participants | true
            about 2 000 people will take part            | 2000 | participants | true
            osaleb 200 inimest                           | 200  | participants | false
            osaleb 200 inimest, ca 2024. aastal           | 200  | participants | false
            weźmie udział 150 uczestników                | 150  | participants | false
            """)
    void aFigureIsApproximateWhereTheWordBeforeItRoundsIt(String text, String value, String unit, boolean approximate) {
        assertThat(TargetReader.findAll(text, true))
                .extracting(TargetReader.Target::value, TargetReader.Target::unit, TargetReader.Target::approximate)
                .containsExactly(tuple(new BigDecimal(value), unit, approximate));
    }
}
