package eu.leadercoop.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which text a spreadsheet could run as a formula, and how CSV cells are guarded. */
class FormulaGuardTest {

    @Test
    void textStartingWithAFormulaCharacterGetsAnApostrophe() {
        assertThat(FormulaGuard.csv("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(FormulaGuard.csv("+372 552 2385")).isEqualTo("'+372 552 2385");
        assertThat(FormulaGuard.csv("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.csv("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.csv("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void otherTextIsLeftAsWritten() {
        assertThat(FormulaGuard.csv("Współpraca łączy regiony - dobre praktyki")).isEqualTo("Współpraca łączy regiony - dobre praktyki");
        assertThat(FormulaGuard.csv("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.csv(" =spaced")).isEqualTo(" =spaced");
        assertThat(FormulaGuard.csv("")).isEmpty();
        assertThat(FormulaGuard.looksLikeFormula(null)).isFalse();
    }
}
