package eu.leadercoop.importer.match;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Matching names written in project pages to the registry's organisations, on the seed organisations: every
 * spelling of one LAG in the seeds resolves to it, inflected forms included, and organisations with similar
 * names never merge.
 */
class OrganisationMatcherTest {

    private final OrganisationIndex index = SeedOrganisations.index();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MTÜ Lääne-Harju Koostöökogu (seed 000, 001)         | MTÜ Lääne-Harju Koostöökogu
            Lääne-Harju Koostöökogu                             | MTÜ Lääne-Harju Koostöökogu
            MTÜ Põhja-Harju Koostöökogu                         | MTÜ Põhja-Harju Koostöökogu
            Mittetulundusühing Põhja-Harju Koostöökogu          | MTÜ Põhja-Harju Koostöökogu
            MTÜ Ida-Harju Koostöökoda                           | MTÜ Ida-Harju Koostöökoda
            Ida-Harju Koostöökoda MTÜ                           | MTÜ Ida-Harju Koostöökoda
            IDA-HARJU KOOSTÖÖKODA                               | MTÜ Ida-Harju Koostöökoda
            Ida-Harju Koostöökoja                               | MTÜ Ida-Harju Koostöökoda
            Ida Harju koostookoda                               | MTÜ Ida-Harju Koostöökoda
            Koostöökoda Ida-Harju                               | MTÜ Ida-Harju Koostöökoda
            KKLM                                                | MTÜ Kodukant Läänemaa
            Kodukant Läänemaa                                   | MTÜ Kodukant Läänemaa
            mittetulundusühing Kodukant Läänemaa                | MTÜ Kodukant Läänemaa
            Raplamaa Partnerluskogu MTÜ                         | MTÜ Raplamaa Partnerluskogu
            Raplamaa Partnerluskogu                             | MTÜ Raplamaa Partnerluskogu
            MTÜ Nelja Valla Kogu                                | MTÜ Nelja Valla Kogu
            Tartumaa Arendusseltsi                              | Tartumaa Arendusselts
            mittetulundusühing Valgamaa Partnerluskogu          | MTÜ Valgamaa Partnerluskogu
            Mittetulundusühing Võrumaa Partnerluskogu           | MTÜ Võrumaa Partnerluskogu
            Võrumaa Partnerluskogu                              | MTÜ Võrumaa Partnerluskogu
            mittetulundusühing Järva Arengu Partnerid           | MTÜ Järva Arengu Partnerid
            Järva Arengu Partnerite                             | MTÜ Järva Arengu Partnerid
            JAP                                                 | MTÜ Järva Arengu Partnerid
            Mittetulundusühing VIRUMAA KOOSTÖÖKOGU              | MTÜ Virumaa Koostöökogu
            Mittetulundusühing PAIK                             | MTÜ PAIK
            Taotleja SA Võrumaa Arenduskeskus                   | SA Võrumaa Arenduskeskus
            SA Võrumaa Arenduskeskuse                           | SA Võrumaa Arenduskeskus
            sihtasutus Võrumaa Arenduskeskus                    | SA Võrumaa Arenduskeskus
            Võrumaa Omavalitsuste Liit                          | MTÜ Võrumaa Omavalitsuste Liit
            Lokalna Grupa Działania Ziemi Kraśnickiej           | Lokalna Grupa Działania Ziemi Kraśnickiej
            LGD Ziemi Kraśnickiej                               | Lokalna Grupa Działania Ziemi Kraśnickiej
            Powiat Myszkowski                                   | Powiat Myszkowski
            Powiatu Myszkowskiego                               | Powiat Myszkowski
            Lokalna Grupa Działania „Puszcza Kozienicka”        | Lokalna Grupa Działania „Puszcza Kozienicka”
            LGD "Puszcza Kozienicka"                            | Lokalna Grupa Działania „Puszcza Kozienicka”
            Lokalnej Grupy Działania Puszczy Kozienickiej       | Lokalna Grupa Działania „Puszcza Kozienicka”
            Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania | Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania
            LGD Kraina Lasów i Jezior                           | Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania
            """)
    void resolvesEverySpellingToItsOrganisation(String written, String organisation) {
        String name = written.replace(" (seed 000, 001)", "");
        OrganisationMatch match = index.match(name.startsWith("Taotleja ") ? name.substring(9) : name);
        assertThat(match.status()).as(name).isEqualTo(OrganisationMatch.Status.MATCHED);
        assertThat(match.match().name()).as(name).isEqualTo(organisation);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MTÜ Põhja-Harju Koostöökogu     | MTÜ Ida-Harju Koostöökoda
            MTÜ Põhja-Harju Koostöökogu     | MTÜ Lääne-Harju Koostöökogu
            MTÜ Lääne-Harju Koostöökogu     | MTÜ Ida-Harju Koostöökoda
            MTÜ Võrumaa Partnerluskogu      | SA Võrumaa Arenduskeskus
            MTÜ Võrumaa Partnerluskogu      | MTÜ Võrumaa Omavalitsuste Liit
            SA Võrumaa Arenduskeskus        | MTÜ Võrumaa Omavalitsuste Liit
            MTÜ Virumaa Koostöökogu         | MTÜ Võrumaa Partnerluskogu
            MTÜ Valgamaa Partnerluskogu     | MTÜ Võrumaa Partnerluskogu
            Põlvamaa Partnerluskogu         | MTÜ Valgamaa Partnerluskogu
            MTÜ Raplamaa Partnerluskogu     | MTÜ Valgamaa Partnerluskogu
            Jõgevamaa Koostöökoda           | MTÜ Ida-Harju Koostöökoda
            Rohelise Jõemaa Koostöökogu     | MTÜ Virumaa Koostöökogu
            """)
    void neverMergesDifferentOrganisations(String a, String b) {
        assertThat(NameSimilarity.similarity(NameSimilarity.words(a), NameSimilarity.words(b))).as("%s ~ %s", a, b).isZero();
        assertThat(index.match(a).match().name()).isEqualTo(a);
        assertThat(index.match(b).match().name()).isEqualTo(b);
    }

    @ParameterizedTest(name = "{0} is new")
    @CsvSource(delimiter = '|', textBlock = """
            Virumaa Partnerluskogu
            Võru Partnerluskogu
            Võrumaa Koostöökogu
            Tartu Arendusselts
            Harju Koostöökogu
            Põhja-Harju Koostöökoda
            Läänemaa Koostöökogu
            MTÜ
            """)
    void proposesNamesOfNoKnownOrganisationAsNew(String written) {
        OrganisationMatch match = index.match(written);
        assertThat(match.status()).as(written).isEqualTo(OrganisationMatch.Status.NEW);
        assertThat(match.organisationId()).isNull();
    }

    @Test
    void offersSimilarNamesAsAlternativesWithoutMatchingThem() {
        OrganisationMatch match = index.match("Põhja-Harju Koostöökoda");
        assertThat(match.alternatives()).extracting(s -> s.organisation().name())
                .contains("MTÜ Põhja-Harju Koostöökogu");
    }

    @Test
    void scoresTheSameKeyOneAndAnInflectionJustBelow() {
        assertThat(index.match("Ida-Harju Koostöökoda MTÜ").score()).isEqualTo(1.0);
        assertThat(index.match("Ida-Harju Koostöökoja").score()).isBetween(0.95, 0.999);
        assertThat(index.match("Ida-Harju Koostöökoja").exact()).isFalse();
    }

    @Test
    void aPartnerNamedOnlyInItsInflectedActivityHeadingResolves() {
        ExtractedProject p = new DocumentImporter().extractText("page", """
                Periood: 2024

                Ida-Harju Koostöökoja LISATEGEVUSED:
                1. Vähemalt ühe välisõppereisi korraldamine liikmetele.

                KKLM LISATEGEVUSED:
                1. Osalemine vähemalt ühel rahvusvahelisel koostööseminaril.
                """);
        assertThat(p.activities()).extracting(ExtractedProject.Activity::partner).containsExactly("Ida-Harju Koostöökoja", "KKLM");
        assertThat(index.match("Ida-Harju Koostöökoja").match()).isEqualTo(SeedOrganisations.named("MTÜ Ida-Harju Koostöökoda"));
        assertThat(index.match("KKLM").match()).isEqualTo(SeedOrganisations.named("MTÜ Kodukant Läänemaa"));
    }

    @Test
    void everyPartnerAndActivityHeadingOfTheSeedsResolves() {
        DocumentImporter importer = new DocumentImporter();
        for (int n = 0; n < Fixtures.SEEDS.length; n++) {
            ExtractedProject p = importer.extractText(Fixtures.SEEDS[n], Fixtures.seed(n));
            List<String> names = new java.util.ArrayList<>(p.partners().stream().map(ExtractedProject.Partner::name).toList());
            p.activities().stream().map(ExtractedProject.Activity::partner).filter(java.util.Objects::nonNull).forEach(names::add);
            assertThat(names).as("seed %d", n).isNotEmpty();
            for (String name : names) {
                assertThat(index.match(name).status()).as("%s in seed %d", name, n).isEqualTo(OrganisationMatch.Status.MATCHED);
            }
        }
        assertThat(index.match("KKLM").match()).isEqualTo(SeedOrganisations.named("MTÜ Kodukant Läänemaa"));
    }
}
