package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.OrganisationAssembler;
import eu.leadercoop.registry.internal.OrganisationRepository;
import eu.leadercoop.registry.internal.OrganisationViews;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationNames;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations that take part in projects: read them, find them by any name, add new ones. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final OrganisationAssembler assembler;
    private final OrganisationViews views;

    Organisations(OrganisationRepository organisations, OrganisationAssembler assembler, OrganisationViews views) {
        this.organisations = organisations;
        this.assembler = assembler;
        this.views = views;
    }

    /** All organisations, by name unless {@code pageable} sorts otherwise. */
    public Page<OrganisationSummary> list(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        return views.summaries(organisations.findAll(sorted));
    }

    /** An organisation with its published projects and cooperation partners. */
    public Optional<OrganisationDetails> details(long id, String lang) {
        return organisations.findById(id).map(o -> views.details(o, lang));
    }

    public boolean exists(long id) {
        return organisations.existsById(id);
    }

    /**
     * These organisations in the order of {@code ids} (as a search found them); ids of organisations that no
     * longer exist are left out.
     */
    public List<OrganisationSummary> summaries(List<Long> ids) {
        java.util.Map<Long, Organisation> found = new java.util.HashMap<>();
        organisations.findAllById(ids).forEach(o -> found.put(o.getId(), o));
        return views.summaries(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
    }

    /** The ids of the organisations that take part in at least one published project. */
    public java.util.Set<Long> withPublishedProjects() {
        return views.withPublishedProjects();
    }

    /** Organisations known by exactly this name, any spelling of it (see {@link OrganisationNames}). */
    public List<OrganisationSummary> findByName(String name) {
        return views.summaries(organisations.findByAliasKey(OrganisationNames.key(name)));
    }

    /**
     * Every organisation with all its names, by name: what the importer's name matching compares
     * spellings against.
     */
    public List<OrganisationSummary> all() {
        return views.summaries(organisations.findAll(Sort.by("name", "id")));
    }

    /**
     * Remembers another spelling of an organisation's name, e.g. when a person confirms that an imported
     * text means this organisation. A spelling the organisation already has is accepted and changes nothing.
     *
     * @return the organisation with all its names
     * @throws InvalidDraftException when there is no organisation with this id, the spelling is blank, too long,
     *     only a legal form, or already a name of another organisation
     */
    @Transactional
    public OrganisationSummary addAlias(long id, String spelling) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new InvalidDraftException(List.of(
                FieldProblem.of("organisation_id", "unknown_organisation", "no organisation has id " + id, id))));
        assembler.addAlias(organisation, spelling);
        return views.summaries(List.of(organisations.saveAndFlush(organisation))).getFirst();
    }

    /**
     * Adds an organisation.
     *
     * @throws InvalidDraftException when a field is wrong or one of its names already belongs to another
     *     organisation
     */
    @Transactional
    public OrganisationSummary create(OrganisationDraft draft) {
        Organisation organisation = organisations.saveAndFlush(assembler.assemble(draft));
        return views.summaries(List.of(organisation)).getFirst();
    }
}
