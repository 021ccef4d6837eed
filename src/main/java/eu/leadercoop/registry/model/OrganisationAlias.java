package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One spelling of an organisation's name as seen in some source, with its matching key (see
 * {@link OrganisationNames#key(String)}), so that {@code IDA-HARJU KOOSTÖÖKODA} and
 * {@code Ida-Harju Koostöökoda MTÜ} find the same organisation.
 */
@Embeddable
public record OrganisationAlias(
        @Column(name = "name", length = 300, nullable = false) String name,
        @Column(name = "name_key", length = 300, nullable = false) String key) {

    public static OrganisationAlias of(String name) {
        return new OrganisationAlias(name.strip(), OrganisationNames.key(name));
    }
}
