package eu.leadercoop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    final Regions regions = Regions.table();

    @Test
    void aRegionIsFoundByItsNameInAnyLanguageCaseAndDiacriticsAside() {
        assertThat(regions.codeOfName("Harjumaa")).contains("EE-37");
        assertThat(regions.codeOfName("harju county")).contains("EE-37");
        assertThat(regions.codeOfName("Ida-Virumaa")).contains("EE-44");
        assertThat(regions.codeOfName("województwo lubelskie")).contains("PL-LU");
        assertThat(regions.codeOfName("lubelskie")).contains("PL-LU");
        assertThat(regions.codeOfName("Lodzkie")).contains("PL-LD");
        assertThat(regions.codeOfName("łódzkie")).contains("PL-LD");
        assertThat(regions.codeOfName("Atlantis")).isEmpty();
    }

    @Test
    void codesOfCoveredCountriesMustBeInTheTableOthersNeedOnlyARealCountry() {
        assertThat(regions.isKnown("EE-37")).isTrue();
        assertThat(regions.isKnown("PL-LU")).isTrue();
        assertThat(regions.isKnown("EE-99")).as("Estonia is covered and has no county 99").isFalse();
        assertThat(regions.isKnown("ZZ-99")).as("no country ZZ").isFalse();
        assertThat(regions.isKnown("FI-18")).as("Finland is not in the table yet").isTrue();
        assertThat(regions.isKnown("Harjumaa")).isFalse();
    }
}
