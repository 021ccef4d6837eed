package eu.leadercoop.partners;

import eu.leadercoop.registry.OrganisationListing;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One organisation of the LAG directory, as one row of a {@code lags-CC.csv} file states it.
 *
 * @param name       the canonical name, as the organisation writes it (without legal form unless the
 *                   form is part of how it is always written)
 * @param aliases    other spellings: short names, English names, legal-form variants, inflected forms
 * @param kind       a kind code of DESIGN.md ({@code lag}, {@code flag}, {@code network}, ...)
 * @param country    ISO 3166-1 alpha-2 code, upper case
 * @param regions    NUTS codes or national first-level region names, where the source gives them
 * @param website    the organisation's website, or {@code null}
 * @param email      a public contact e-mail, or {@code null}
 * @param phone      a public phone number, or {@code null}
 * @param periods    programming periods such as {@code 2014-2020}
 * @param source     the public address the facts were taken from
 * @param sourceDate the date the source states, or the date it was studied
 */
public record DirectoryEntry(String name, List<String> aliases, String kind, String country, List<String> regions,
                             String website, String email, String phone, List<String> periods, String source,
                             LocalDate sourceDate) {

    public DirectoryEntry {
        name = required(name, "name");
        kind = required(kind, "kind");
        country = required(country, "country");
        source = required(source, "source");
        Objects.requireNonNull(sourceDate, "sourceDate");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        regions = List.copyOf(regions == null ? List.of() : regions);
        periods = List.copyOf(periods == null ? List.of() : periods);
        website = blankToNull(website);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    /** The name followed by every alias, in the order the file gives them. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(1 + aliases.size());
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /**
     * The record's identifier, the same in every version of the files as long as the name stays: the
     * country and the name in plain lower-case letters, digits and hyphens ({@code ee/ida-harju-koostookoda}).
     * The registry's organisation loaded from the record keeps it; a record that is renamed should keep its
     * former name among its aliases, so that it still finds its organisation by name.
     */
    public String id() {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").replace('ł', 'l').replace('ß', 's')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return country.toLowerCase(Locale.ROOT) + "/" + plain;
    }

    /** The record as the registry loads it (see {@link eu.leadercoop.registry.OrganisationListings}). */
    public OrganisationListing listing() {
        return new OrganisationListing(id(), name, aliases, kind, country, regions, website, email, phone, periods, source,
                sourceDate);
    }

    /** Whether the organisation worked in the given programming period, e.g. {@code 2014-2020}. */
    public boolean activeIn(String period) {
        return periods.contains(period);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
