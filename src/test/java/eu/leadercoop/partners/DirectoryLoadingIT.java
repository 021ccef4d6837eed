package eu.leadercoop.partners;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.IntegrationTest;
import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.registry.ListingOutcome;
import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationEditing;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.model.OrganisationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped LAG directory in the registry, on the real database: loaded once without duplicating the
 * example projects' organisations, unchanged on a second start, and a newer version of a record updates the
 * fields nobody edited while a person's edit stays. Each test runs in a transaction that is rolled back, so
 * the shared database keeps exactly the example organisations.
 */
@IntegrationTest
@Transactional
class DirectoryLoadingIT {

    @Autowired
    DirectoryLoading loading;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationEditing editing;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theFirstLoadAddsEveryRecordOnceAndCompletesTheExampleOrganisationsItMatches() {
        long before = count();
        LagDirectory shipped = LagDirectory.shipped();
        List<ListingOutcome> outcomes = loading.load(shipped);

        assertThat(outcomes).hasSize(shipped.entries().size());
        long added = outcomes.stream().filter(o -> o.status() == ListingOutcome.Status.NEW).count();
        long matched = outcomes.stream().filter(o -> o.status() == ListingOutcome.Status.UPDATED).count();
        assertThat(added + matched).isEqualTo(shipped.entries().size());
        assertThat(count()).isEqualTo(before + added);
        // every example LAG of Estonia is in the directory: none of the 16 is added again
        assertThat(matched).isGreaterThanOrEqualTo(16);
        // no record gave two organisations: each is one organisation, found by its directory id
        assertThat(outcomes.stream().map(ListingOutcome::organisationId).distinct().count()).isEqualTo(shipped.entries().size());

        OrganisationSummary idaHarju = only("Ida-Harju Koostöökoda");
        assertThat(idaHarju.name()).as("the example's name stays").isEqualTo("MTÜ Ida-Harju Koostöökoda");
        assertThat(idaHarju.directoryId()).isEqualTo("ee/ida-harju-koostookoda");
        assertThat(idaHarju.website()).as("filled, the example had none").isEqualTo("https://idaharju.ee");
        assertThat(idaHarju.phone()).isEqualTo("+372 56 945 871");
        assertThat(idaHarju.regions()).containsExactly("Harju maakond");
        assertThat(idaHarju.periods()).containsExactly("2014-2020", "2023-2027");
        assertThat(idaHarju.source()).isEqualTo("https://idaharju.ee/for-partners/");
        assertThat(idaHarju.aliases()).contains("Ida-Harju Koostöökoda MTÜ", "IDA-HARJU KOOSTÖÖKODA", "IHKK",
                "East-Harju Partnership");
        assertThat(idaHarju.region()).as("the example's ISO region stays").isEqualTo("EE-37");

        OrganisationSummary arenduskoda = only("Arenduskoda");
        assertThat(arenduskoda.kind()).isEqualTo("lag");
        assertThat(arenduskoda.country()).isEqualTo("EE");
        assertThat(arenduskoda.email()).isEqualTo("arenduskoda@arenduskoda.ee");
        assertThat(arenduskoda.regions()).containsExactly("Harju maakond", "Lääne-Viru maakond");
    }

    @Test
    void aSecondStartWithTheSameFilesChangesNothing() {
        LagDirectory shipped = LagDirectory.shipped();
        loading.load(shipped);
        long after = count();
        Map<Long, Long> versions = versions();

        List<ListingOutcome> again = loading.load(shipped);

        assertThat(again).extracting(ListingOutcome::status).containsOnly(ListingOutcome.Status.UNCHANGED);
        assertThat(count()).isEqualTo(after);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aNewerRecordUpdatesTheFieldsNobodyEditedAndKeepsThePersonsWebsite() {
        loading.load(LagDirectory.shipped());
        OrganisationSummary before = only("Arenduskoda");
        accounts.signIn(accounts.administrator());
        OrganisationDetails current = organisations.details(before.id(), "et").orElseThrow();
        editing.update(before.id(), current.version(), new OrganisationDraft(current.name(), current.aliases(), current.legalForm(),
                current.kind(), current.country(), current.region(), "https://www.arenduskoda.ee/en/", current.email(),
                current.phone(), current.regions(), current.territory(), current.periods()));
        TestAccounts.signOut();
        long count = count();

        // the next version of the file: the record has a new website, phone, region and alias
        List<DirectoryEntry> newer = new ArrayList<>();
        for (DirectoryEntry e : LagDirectory.shipped().entries()) {
            newer.add(!e.id().equals("ee/arenduskoda") ? e : new DirectoryEntry(e.name(), append(e.aliases(), "LAG Arenduskoda"),
                    e.kind(), e.country(), List.of("Harju maakond", "Lääne-Viru maakond", "Rapla maakond"), "https://arenduskoda.eu",
                    e.email(), "+372 5648 5208", e.periods(), e.source(), e.sourceDate().plusDays(1)));
        }
        List<ListingOutcome> outcomes = loading.load(LagDirectory.of(newer));

        ListingOutcome arenduskoda = outcomes.stream().filter(o -> "ee/arenduskoda".equals(o.directoryId())).findFirst().orElseThrow();
        assertThat(arenduskoda.status()).isEqualTo(ListingOutcome.Status.UPDATED);
        assertThat(arenduskoda.changed()).containsExactly("phone", "regions", "aliases", "source");
        assertThat(arenduskoda.keptEdits()).containsExactly("website");
        assertThat(outcomes).filteredOn(o -> o != arenduskoda).extracting(ListingOutcome::status)
                .containsOnly(ListingOutcome.Status.UNCHANGED);

        OrganisationSummary after = only("Arenduskoda");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.website()).as("the person's edit stays").isEqualTo("https://www.arenduskoda.ee/en/");
        assertThat(after.phone()).isEqualTo("+372 5648 5208");
        assertThat(after.regions()).containsExactly("Harju maakond", "Lääne-Viru maakond", "Rapla maakond");
        assertThat(after.aliases()).contains("LAG Arenduskoda", "Arenduskoja");
        assertThat(after.sourceDate()).isEqualTo(before.sourceDate().plusDays(1));
        assertThat(count()).as("no duplicate").isEqualTo(count);

        // and a third start keeps it so: the website the file states is still not forced over the person's
        loading.load(LagDirectory.of(newer));
        assertThat(only("Arenduskoda").website()).isEqualTo("https://www.arenduskoda.ee/en/");
    }

    private OrganisationSummary only(String name) {
        List<OrganisationSummary> found = organisations.findByName(name);
        assertThat(found).as(name).hasSize(1);
        assertThat(OrganisationNames.key(found.getFirst().name())).isNotEmpty();
        return found.getFirst();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from organisation", Long.class);
    }

    private Map<Long, Long> versions() {
        return jdbc.queryForList("select id, version from organisation").stream()
                .collect(Collectors.toMap(r -> ((Number) r.get("id")).longValue(), r -> ((Number) r.get("version")).longValue()));
    }

    private static List<String> append(List<String> list, String item) {
        List<String> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
