package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One spelling of an organisation's name as seen in some source, with its matching key (see
 * {@link OrganisationNames#key(String)}), so that {@code IDA-HARJU KOOSTÖÖKODA} and
 * {@code Ida-Harju Koostöökoda MTÜ} find the same organisation.
 *
 * <p>A value class rather than a record: the history (Hibernate Envers) rebuilds old aliases through a
 * no-argument constructor and field access, which records do not allow.
 */
@Embeddable
public final class OrganisationAlias {

    @Column(name = "name", length = 300, nullable = false)
    private String name;

    @Column(name = "name_key", length = 300, nullable = false)
    private String key;

    protected OrganisationAlias() {
    }

    public OrganisationAlias(String name, String key) {
        this.name = name;
        this.key = key;
    }

    public static OrganisationAlias of(String name) {
        return new OrganisationAlias(name.strip(), OrganisationNames.key(name));
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationAlias a && Objects.equals(name, a.name) && Objects.equals(key, a.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, key);
    }

    @Override
    public String toString() {
        return name;
    }
}
