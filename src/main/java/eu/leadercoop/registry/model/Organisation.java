package eu.leadercoop.registry.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import org.hibernate.envers.Audited;
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
