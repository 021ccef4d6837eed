package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.OrganisationAssembler;
import eu.leadercoop.registry.internal.OrganisationMerger;
import eu.leadercoop.registry.internal.OrganisationRepository;
import eu.leadercoop.registry.internal.OrganisationViews;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationAlias;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes people make to organisations, checked against the {@link RecordGuard}: adding one (any
 * signed-in user, so that a coordinator can add a partner not known yet), editing one and merging
 * duplicates (network administrators). Edits carry the organisation's version.
 */
@Service
@Transactional
public class OrganisationEditing {

    private final OrganisationRepository organisations;
    private final OrganisationAssembler assembler;
    private final OrganisationViews views;
    private final OrganisationMerger merger;
    private final RecordGuard guard;
    private final Revisions revisions;

    OrganisationEditing(OrganisationRepository organisations, OrganisationAssembler assembler, OrganisationViews views,
            OrganisationMerger merger, RecordGuard guard, Revisions revisions) {
        this.revisions = revisions;
        this.organisations = organisations;
        this.assembler = assembler;
        this.views = views;
        this.merger = merger;
        this.guard = guard;
    }

    /** @throws InvalidDraftException when a field is wrong or a name belongs to another organisation */
    public OrganisationSummary create(OrganisationDraft draft) {
        if (!guard.mayCreateOrganisation()) {
            throw new NotPermittedException("you may not add organisations");
        }
        return summary(organisations.saveAndFlush(assembler.assemble(draft)));
    }

    /**
     * States an organisation anew: name, details and exactly the aliases listed (the name is always one;
     * list an old name to keep finding the organisation by it).
     */
    public OrganisationSummary update(long id, long version, OrganisationDraft draft) {
        Organisation organisation = managed(id);
        checkVersion(organisation, version, draft);
        assembler.update(organisation, draft);
        return summary(organisations.saveAndFlush(organisation));
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId} (at {@code survivorVersion}): the duplicate's
     * names become aliases of the survivor, its partnerships, events and members move over, and the
     * duplicate is deleted.
     */
    public OrganisationSummary merge(long survivorId, long survivorVersion, long duplicateId) {
        Organisation survivor = managed(survivorId);
        checkVersion(survivor, survivorVersion, new MergeRequest(duplicateId));
        Organisation duplicate = organisations.findById(duplicateId)
                .orElseThrow(() -> new InvalidDraftException(List.of(FieldProblem.of("duplicate_id", "unknown_organisation",
                        "no organisation has id " + duplicateId, duplicateId))));
        merger.merge(survivor, duplicate);
        return summary(organisations.saveAndFlush(survivor));
    }

    /**
     * Every saved change of an organisation, newest first: its name, aliases, legal form, kind, country,
     * region and website before and after (network administrators).
     */
    @Transactional(readOnly = true)
    public List<RecordRevision> history(long id) {
        managed(id);
        return revisions.of(Organisation.class, id, OrganisationEditing::fields);
    }

    private static Map<String, String> fields(Organisation o) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", o.getName());
        List<OrganisationAlias> aliases = o.getAliases();
        for (int i = 0; i < aliases.size(); i++) {
            fields.put("aliases[" + i + "]", aliases.get(i).name());
        }
        fields.put("legal_form", Codes.of(o.getLegalForm()));
        fields.put("kind", Codes.of(o.getKind()));
        fields.put("country", o.getCountry());
        fields.put("region", o.getRegionCode());
        fields.put("website", o.getWebsite());
        fields.put("email", o.getEmail());
        fields.put("phone", o.getPhone());
        fields.put("regions", o.getRegions().isEmpty() ? null : String.join("; ", o.getRegions()));
        fields.put("territory", o.getTerritory());
        fields.put("periods", o.getPeriods().isEmpty() ? null : String.join("; ", o.getPeriods()));
        fields.values().removeIf(java.util.Objects::isNull);
        return fields;
    }

    /** What a merge submitted, for a conflict report. */
    public record MergeRequest(long duplicateId) {
    }

    private Organisation managed(long id) {
        if (!guard.mayManageOrganisations()) {
            throw new NotPermittedException("only network administrators may edit and merge organisations");
        }
        return organisations.findById(id).orElseThrow(() -> new NoSuchRecordException("There is no organisation " + id + "."));
    }

    private void checkVersion(Organisation organisation, long version, Object submitted) {
        if (organisation.getVersion() != version) {
            throw new StaleVersionException(version, organisation.getVersion(), summary(organisation), submitted);
        }
    }

    private OrganisationSummary summary(Organisation organisation) {
        return views.summaries(List.of(organisation)).getFirst();
    }
}
