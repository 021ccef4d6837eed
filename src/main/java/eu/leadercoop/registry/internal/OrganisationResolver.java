package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationNames;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the one organisation a submitted name or id means, or says why it cannot. */
@Component
class OrganisationResolver {

    private final OrganisationRepository organisations;

    OrganisationResolver(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    Optional<Organisation> resolve(DraftReader reader, String field, Long id, String name) {
        if (id != null) {
            Optional<Organisation> byId = organisations.findById(id);
            if (byId.isEmpty()) {
                reader.reject(field, "unknown_organisation", "no organisation has id " + id, id);
            }
            return byId;
        }
        if (name == null || name.isBlank()) {
            reader.reject(field, "required", "is required");
            return Optional.empty();
        }
        List<Organisation> found = organisations.findByAliasKey(OrganisationNames.key(name));
        if (found.size() == 1) {
            return Optional.of(found.getFirst());
        }
        if (found.isEmpty()) {
            reader.reject(field, "unknown_organisation",
                    "no organisation is known as '" + name + "'; add it to the organisations first", name);
        } else {
            reader.reject(field, "ambiguous_organisation",
                    "'" + name + "' could mean " + found.size() + " organisations; give organisation_id", name);
        }
        return Optional.empty();
    }
}
