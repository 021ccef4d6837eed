package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.Thesaurus;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The index design, kept in the search module: the registry's entities carry no search annotations.
 * Three indexes: published projects (full text and facets), their events (calendar and map) and
 * organisations (typeahead, the map and the directory of organisations: version 4 added its fields).
 *
 * <p>Bump {@link #VERSION} whenever a change here or in the analyzers changes what the index holds:
 * an embedded index built with another version is rebuilt at start.
 */
public final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    public static final int VERSION = 4;

    private final EuroRates rates;
    private final Thesaurus thesaurus;

    private final boolean preAnalysed;

    /** {@code preAnalysed}: for a cluster, which cannot run our analysers (see {@link eu.leadercoop.search.analysis.PreAnalysis}). */
    public SearchMapping(EuroRates rates, Thesaurus thesaurus, boolean preAnalysed) {
        this.rates = rates;
        this.thesaurus = thesaurus;
        this.preAnalysed = preAnalysed;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep project = mapping.type(Project.class);
        project.indexed().index(ProjectFields.INDEX).routingBinder(PublishedOnly.projects());
        project.binder(new ProjectBinder(rates, thesaurus, preAnalysed));

        TypeMappingStep event = mapping.type(Event.class);
        event.indexed().index(EventFields.INDEX).routingBinder(PublishedOnly.events());
        event.binder(new EventBinder());

        TypeMappingStep organisation = mapping.type(Organisation.class);
        organisation.indexed().index(OrganisationFields.INDEX);
        organisation.binder(new OrganisationBinder());

        // Organisations do not know their partnerships or events (no inverse association), so an
        // organisation's own changes cannot be traced to the projects naming it: Hibernate Search
        // follows which organisation is the partner; a renamed organisation's projects show the new
        // name after their next change or a rebuild (the registry has no rename yet).
        mapping.type(Partnership.class).property("organisation").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        event.property("organisers").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
