package eu.leadercoop.search;

import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.index.ProjectFields;
import eu.leadercoop.search.query.OrganisationLookup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * An organisation's cooperation network for the graph on its page: the organisation and its
 * partners in published projects as nodes, shared projects as weighted links, including links between
 * its partners where they worked together in its projects.
 */
@Service
public class CooperationNetwork {

    /** The most partners drawn: the strongest ties. */
    public static final int MAX_PARTNERS = 40;
    /** The most projects read to find links between partners. */
    static final int MAX_PROJECTS = 1000;

    public record Graph(List<Node> nodes, List<Link> links) {
    }

    /** An organisation; {@code sharedProjects} with the centre (for the centre itself: all its projects). */
    public record Node(long id, String name, String country, long sharedProjects, boolean centre) {
    }

    public record Link(long source, long target, long sharedProjects) {
    }

    private final EntityManagerFactory entityManagerFactory;

    CooperationNetwork(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Empty when there is no such organisation. */
    public Optional<Graph> of(long organisationId) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            String centre = String.valueOf(organisationId);
            OrganisationLookup lookup = new OrganisationLookup(session);
            if (lookup.names(List.of(centre)).isEmpty()) {
                return Optional.empty();
            }
            AggregationKey<Map<String, Long>> partners = AggregationKey.of("partners");
            SearchResult<List<String>> result = session.search(Project.class)
                    .select(f -> f.field(ProjectFields.PARTNER_ENTRY, String.class).multi())
                    .where(f -> f.match().field(ProjectFields.ORGANISATION).matching(centre))
                    .aggregation(partners, f -> f.terms().field(ProjectFields.ORGANISATION, String.class).maxTermCount(MAX_PARTNERS + 1))
                    .fetch(MAX_PROJECTS);
            Map<String, Long> shared = new LinkedHashMap<>(result.aggregation(partners));
            Map<String, OrganisationLookup.Named> named = lookup.find(shared.keySet());
            List<Node> nodes = new ArrayList<>();
            shared.forEach((id, count) -> {
                OrganisationLookup.Named o = named.get(id);
                if (o != null) {
                    nodes.add(new Node(Long.parseLong(id), o.name(), o.country(), count, id.equals(centre)));
                }
            });
            List<Link> links = new ArrayList<>();
            shared.forEach((id, count) -> {
                if (!id.equals(centre) && named.containsKey(id)) {
                    links.add(new Link(organisationId, Long.parseLong(id), count));
                }
            });
            links.addAll(linksBetweenPartners(result.hits(), centre, named.keySet()));
            return Optional.of(new Graph(nodes, links));
        }
    }

    private static List<Link> linksBetweenPartners(List<List<String>> projects, String centre, java.util.Set<String> drawn) {
        Map<String, Long> pairs = new HashMap<>();
        for (List<String> entries : projects) {
            List<String> ids = entries.stream().map(e -> e.substring(0, e.indexOf('\t')))
                    .filter(id -> !id.equals(centre) && drawn.contains(id)).distinct().sorted().toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.merge(ids.get(i) + " " + ids.get(j), 1L, Long::sum);
                }
            }
        }
        return pairs.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            String[] ids = e.getKey().split(" ");
            return new Link(Long.parseLong(ids[0]), Long.parseLong(ids[1]), e.getValue());
        }).toList();
    }
}
