package eu.leadercoop.importer.match;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.registry.Organisations;
import org.springframework.stereotype.Component;

import java.util.List;

/** The registry's organisations as an {@link OrganisationIndex}, read afresh for each import. */
@Component
public class OrganisationDirectory {

    private final Organisations organisations;

    OrganisationDirectory(Organisations organisations) {
        this.organisations = organisations;
    }

    public OrganisationIndex index() {
        return new OrganisationIndex(organisations.all().stream()
                .map(o -> new KnownOrganisation(o.id(), o.name(), o.aliases(), o.country())).toList());
    }

    /** The draft with each partner's {@code organisation_id} filled where exactly one organisation fits its name. */
    public static ExtractedProject withOrganisationIds(ExtractedProject p, OrganisationIndex index) {
        List<ExtractedProject.Partner> partners = p.partners().stream()
                .map(partner -> partner.withOrganisationId(index.match(partner.name()).organisationId()))
                .toList();
        return new ExtractedProject(p.source(), p.language(), p.title(), p.referenceNumber(), p.period(), partners,
                p.budget(), p.funding(), p.targetGroups(), p.goals(), p.expectedResults(), p.activities(), p.events(),
                p.media(), p.contacts(), p.website(), p.summary(), p.fields(), p.warnings(), p.localCode());
    }
}
