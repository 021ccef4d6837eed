package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.OrganisationsMerged;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationAlias;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Source;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Merges a duplicate organisation into the one that stays: every spelling of the duplicate becomes an
 * alias of the survivor, and its partnerships, organised events and published sources move over; other
 * modules move what they keep through {@link OrganisationsMerged}. Refused when both are partners of the
 * same project (someone has to decide which partnership stays).
 */
@Component
public class OrganisationMerger {

    private final EntityManager entityManager;
    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;

    OrganisationMerger(EntityManager entityManager, OrganisationRepository organisations, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.events = events;
    }

    public void merge(Organisation survivor, Organisation duplicate) {
        if (survivor.equals(duplicate)) {
            throw new InvalidDraftException(List.of(FieldProblem.of("duplicate_id", "same_organisation",
                    "an organisation cannot be merged into itself")));
        }
        List<Partnership> partnerships = entityManager.createQuery(
                "select s from Partnership s where s.organisation = :o", Partnership.class)
                .setParameter("o", duplicate).getResultList();
        List<FieldProblem> clashes = partnerships.stream()
                .filter(s -> s.getProject().partnershipOf(survivor).isPresent())
                .map(s -> FieldProblem.of("duplicate_id", "both_partners",
                        "both are partners of project " + s.getProject().getId() + "; remove one of them there first",
                        s.getProject().getId()))
                .toList();
        if (!clashes.isEmpty()) {
            throw new InvalidDraftException(clashes);
        }
        for (Partnership s : partnerships) {
            s.transferTo(survivor);
            s.getProject().touch();
        }
        entityManager.createQuery("select e from Event e join e.organisers o where o = :o", Event.class)
                .setParameter("o", duplicate).getResultList()
                .forEach(e -> e.replaceOrganiser(duplicate, survivor));
        entityManager.createQuery("select s from Source s where s.publisher = :o", Source.class)
                .setParameter("o", duplicate).getResultList()
                .forEach(s -> s.transferPublisher(survivor));
        List<String> spellings = duplicate.getAliases().stream().map(OrganisationAlias::name).toList();
        entityManager.flush();
        events.publishEvent(new OrganisationsMerged(survivor.getId(), duplicate.getId()));
        organisations.delete(duplicate);
        organisations.flush();
        spellings.forEach(survivor::addAlias);
        // The survivor becomes the duplicate's directory record, so that the next directory load finds it
        // instead of adding the duplicate again; it fills only the survivor's empty fields then.
        if (survivor.getDirectoryId() == null && duplicate.getDirectoryId() != null) {
            survivor.listAs(duplicate.getDirectoryId(), duplicate.getDirectorySource(), duplicate.getDirectorySourceDate());
        }
    }
}
