package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each directory record has an id of its own that later versions of the files keep. */
class DirectoryEntryIdTest {

    @Test
    void anIdIsTheCountryAndTheNameInPlainLetters() {
        DirectoryEntry idaHarju = new DirectoryEntry("Ida-Harju Koostöökoda", List.of(), "lag", "EE", List.of(), null, null, null,
                List.of(), "https://idaharju.ee/for-partners/", LocalDate.of(2026, 12, 7));
        DirectoryEntry lgd = new DirectoryEntry("Lokalna Grupa Działania „Ziemia Łukowska”", List.of(), "lag", "PL", List.of(), null,
                null, null, List.of(), "https://invest.lubelskie.pl/", LocalDate.of(2026, 12, 7));
        assertThat(idaHarju.id()).isEqualTo("ee/ida-harju-koostookoda");
        assertThat(lgd.id()).isEqualTo("pl/lokalna-grupa-dzialania-ziemia-lukowska");
    }

    @Test
    void noTwoShippedRecordsShareAnId() {
        List<DirectoryEntry> entries = LagDirectory.shipped().entries();
        assertThat(entries.stream().collect(Collectors.groupingBy(DirectoryEntry::id, Collectors.counting())))
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        assertThat(entries.stream().map(DirectoryEntry::id).collect(Collectors.toSet())).hasSize(entries.size());
    }

    @Test
    void theListingCarriesEveryFactAndTheSource() {
        DirectoryEntry arenduskoda = LagDirectory.shipped().find("Arenduskoda").getFirst();
        var listing = arenduskoda.listing();
        assertThat(listing.directoryId()).isEqualTo("ee/arenduskoda");
        assertThat(listing.aliases()).contains("MTÜ Arenduskoda", "Arenduskoja");
        assertThat(listing.regions()).containsExactly("Harju maakond", "Lääne-Viru maakond");
        assertThat(listing.website()).isEqualTo("https://arenduskoda.ee");
        assertThat(listing.email()).isEqualTo("arenduskoda@arenduskoda.ee");
        assertThat(listing.phone()).isEqualTo("5648 5208");
        assertThat(listing.periods()).containsExactly("2014-2020", "2023-2027");
        assertThat(listing.source()).isEqualTo("https://arenduskoda.ee/leader-strateegia-koostamine-2023-2027/");
        assertThat(listing.sourceDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
