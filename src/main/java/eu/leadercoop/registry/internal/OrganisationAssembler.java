package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.model.LegalForm;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationKind;
import eu.leadercoop.registry.model.OrganisationNames;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns an {@link OrganisationDraft} into a new {@link Organisation}, refusing duplicates. */
@Component
public class OrganisationAssembler {

    private final OrganisationRepository organisations;

    OrganisationAssembler(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Organisation assemble(OrganisationDraft d) {
        return read(d, null);
    }

    /** Rewrites an organisation: its name, details and exactly the aliases stated (plus the name). */
    public void update(Organisation existing, OrganisationDraft d) {
        read(d, existing);
    }

    private Organisation read(OrganisationDraft d, Organisation existing) {
        DraftReader in = new DraftReader();
        String name = in.text("name", d.name(), 300, true);
        OrganisationKind kind = in.code("kind", OrganisationKind.class, d.kind(), null);
        if (d.kind() == null || d.kind().isBlank()) {
            in.reject("kind", "required", "is required");
        }
        LegalForm legalForm = in.code("legal_form", LegalForm.class, d.legalForm(), null);
        String country = in.country("country", d.country());
        String region = in.region("region", d.region());
        String website = in.link("website", d.website(), 500);
        String email = in.email("email", d.email());
        String phone = in.text("phone", d.phone(), 50, false);
        List<String> regions = list(in, "regions", d.regions(), 100);
        String territory = in.text("territory", d.territory(), 2000, false);
        List<String> periods = list(in, "periods", d.periods(), 20);
        for (int i = 0; i < periods.size(); i++) {
            if (!PERIOD.matcher(periods.get(i)).matches()) {
                in.reject("periods[" + i + "]", "invalid_period", "'" + periods.get(i) + "' is not a period like 2014-2020",
                        periods.get(i));
            }
        }
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add(name);
        }
        List<String> aliases = d.aliases() == null ? List.of() : d.aliases();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = in.text("aliases[" + i + "]", aliases.get(i), 300, true);
            if (alias != null) {
                names.add(alias);
            }
        }
        for (String spelling : names) {
            organisations.findByAliasKey(OrganisationNames.key(spelling)).stream()
                    .filter(other -> !other.equals(existing)).findFirst().ifPresent(other ->
                    in.reject(spelling.equals(name) ? "name" : "aliases", "duplicate_organisation",
                            "'" + spelling + "' is already known as organisation " + other.getId() + " (" + other.getName() + ")",
                            spelling, other.getId()));
        }
        in.throwIfAny();
        Organisation organisation = existing;
        if (existing == null) {
            organisation = new Organisation(name, kind, country);
        } else {
            organisation.rename(name);
        }
        organisation.describe(legalForm, kind, country, region, website);
        organisation.describeFurther(email, phone, regions, territory, periods);
        organisation.replaceAliases(names);
        return organisation;
    }

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("(19|20)\\d\\d-(19|20)\\d\\d");

    /** A list's items, each checked as a text of at most {@code max} characters; blank items are dropped. */
    private static List<String> list(DraftReader in, String field, List<String> items, int max) {
        List<String> read = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String item = in.text(field + "[" + i + "]", items.get(i), max, false);
                if (item != null && !item.isEmpty()) {
                    read.add(item);
                }
            }
        }
        return read;
    }

    /**
     * Adds a spelling to an existing organisation; refuses one that is blank, too long, nothing but a legal
     * form, or already a name of another organisation.
     */
    public void addAlias(Organisation organisation, String spelling) {
        DraftReader in = new DraftReader();
        String alias = in.text("alias", spelling, 300, true);
        if (alias != null && OrganisationNames.key(alias).isEmpty()) {
            in.reject("alias", "no_name", "'" + alias + "' has no name besides a legal form", alias);
        } else if (alias != null) {
            organisations.findByAliasKey(OrganisationNames.key(alias)).stream()
                    .filter(other -> !other.getId().equals(organisation.getId())).findFirst()
                    .ifPresent(other -> in.reject("alias", "duplicate_organisation",
                            "'" + alias + "' is already known as organisation " + other.getId() + " (" + other.getName() + ")",
                            alias, other.getId()));
        }
        in.throwIfAny();
        organisation.addAlias(alias);
    }
}
