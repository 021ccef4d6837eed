package eu.leadercoop.registry.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MapKeyColumn;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A LAG, NGO, local government, foundation or company taking part in projects. Known by one canonical
 * name and by every alias (spelling) ever seen in a source.
 */
@Entity
@Audited
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 40)
    private LegalForm legalForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    /** ISO 3166-2 subdivision: county (maakond) or voivodeship (województwo), e.g. {@code EE-37}. */
    @Column(name = "region_code", length = 10)
    private String regionCode;

    @Column(length = 500)
    private String website;

    /** A public contact address of the organisation (never a named person's). */
    @Column(length = 320)
    private String email;

    @Column(length = 50)
    private String phone;

    /**
     * Where it works, as its sources name it: NUTS codes or national regions ({@code Harju maakond},
     * {@code lubelskie}), in the sources' words.
     */
    @Convert(converter = TextList.class)
    @Column(length = 1000)
    private List<String> regions = new ArrayList<>();

    /** Its territory in words (municipalities, area), when a source describes it. */
    @Column(length = 2000)
    private String territory;

    /** Programming periods it was seen working in, e.g. {@code 2014-2020}. */
    @Convert(converter = TextList.class)
    @Column(length = 200)
    private List<String> periods = new ArrayList<>();

    /** Its record in a published directory of LAGs ({@code ee/arenduskoda}), or null. */
    @NotAudited
    @Column(name = "directory_id", length = 200)
    private String directoryId;

    @NotAudited
    @Column(name = "directory_source", length = 1000)
    private String directorySource;

    @NotAudited
    @Column(name = "directory_source_date")
    private LocalDate directorySourceDate;

    // Per-field provenance: each field's value as the directory last stated it. A field whose value
    // still equals it was not edited by a person since, so a newer directory may change it.
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "organisation_directory_value", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "field", length = 40)
    @Column(name = "stated_value", length = 4000)
    private Map<String, String> directoryValues = new HashMap<>();

    // In the order the spellings were seen; the position also tells Envers's history rows apart when
    // several aliases change in one revision.
    @ElementCollection
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<OrganisationAlias> aliases = new ArrayList<>();

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, String country) {
        rename(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = country;
    }

    /** Changes the canonical name; the old and new names stay known as aliases. */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").strip();
        addAlias(this.name);
    }

    /** Remembers a spelling; returns false when one with the same key is already known. */
    public boolean addAlias(String spelling) {
        OrganisationAlias alias = OrganisationAlias.of(spelling);
        boolean known = aliases.stream().anyMatch(a -> a.name().equals(alias.name()));
        if (!known) {
            aliases.add(alias);
        }
        return !known;
    }

    /** Keeps exactly these spellings (and the canonical name) as the organisation's aliases. */
    public void replaceAliases(List<String> spellings) {
        aliases.clear();
        addAlias(name);
        spellings.forEach(this::addAlias);
    }

    public boolean isKnownAs(String spelling) {
        String key = OrganisationNames.key(spelling);
        return aliases.stream().anyMatch(a -> a.key().equals(key));
    }

    public void describe(LegalForm legalForm, OrganisationKind kind, String country, String regionCode, String website) {
        this.legalForm = legalForm;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = country;
        this.regionCode = regionCode;
        this.website = website;
    }

    /** Contact and place details (null or empty for none). */
    public void describeFurther(String email, String phone, List<String> regions, String territory, List<String> periods) {
        this.email = email;
        this.phone = phone;
        this.regions = new ArrayList<>(TextList.clean(regions));
        this.territory = territory;
        this.periods = new ArrayList<>(TextList.clean(periods));
    }

    /** Records which directory entry this organisation is, and the source that stated it. */
    public void listAs(String directoryId, String source, LocalDate sourceDate) {
        this.directoryId = directoryId;
        this.directorySource = source;
        this.directorySourceDate = sourceDate;
    }

    /** The value the directory last stated for {@code field}, or null when it never did. */
    public String directoryValue(String field) {
        return directoryValues.get(field);
    }

    /** Whether the directory ever stated a value for {@code field}. */
    public boolean hasDirectoryValue(String field) {
        return directoryValues.containsKey(field);
    }

    /** Remembers what the directory states for {@code field} (null: it states nothing). */
    public void rememberDirectoryValue(String field, String value) {
        // a put of an equal value would still mark the collection changed (and the version up)
        if (!Objects.equals(directoryValues.get(field), value) || !directoryValues.containsKey(field)) {
            directoryValues.put(field, value);
        }
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public List<String> getRegions() {
        return List.copyOf(regions);
    }

    public String getTerritory() {
        return territory;
    }

    public List<String> getPeriods() {
        return List.copyOf(periods);
    }

    public String getDirectoryId() {
        return directoryId;
    }

    public String getDirectorySource() {
        return directorySource;
    }

    public LocalDate getDirectorySourceDate() {
        return directorySourceDate;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getWebsite() {
        return website;
    }

    public List<OrganisationAlias> getAliases() {
        return List.copyOf(aliases);
    }
}
