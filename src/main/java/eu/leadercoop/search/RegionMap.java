package eu.leadercoop.search;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.search.index.EventFields;
import eu.leadercoop.search.index.OrganisationFields;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/** Partner organisations and events counted per region, placed at the region's centre for the map. */
@Service
public class RegionMap {

    /** One region on the map; regions with neither organisations nor events are left out. */
    public record RegionCount(String code, String country, String name, double latitude, double longitude,
            long organisations, long events) {
    }

    private static final int MAX_REGIONS = 1000;

    private final EntityManagerFactory entityManagerFactory;
    private final Regions regions;

    RegionMap(EntityManagerFactory entityManagerFactory, Regions regions) {
        this.entityManagerFactory = entityManagerFactory;
        this.regions = regions;
    }

    /** Regions known to the region table, largest first; names in {@code lang}. */
    public List<RegionCount> regions(String lang) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            Map<String, Long> organisations = countByRegion(session, Organisation.class, OrganisationFields.REGION);
            Map<String, Long> events = countByRegion(session, Event.class, EventFields.REGION);
            List<RegionCount> counts = new ArrayList<>();
            for (Regions.Region r : regions.all()) {
                long o = organisations.getOrDefault(r.code(), 0L);
                long e = events.getOrDefault(r.code(), 0L);
                if (o + e > 0) {
                    counts.add(new RegionCount(r.code(), r.country(), r.name(lang), r.latitude(), r.longitude(), o, e));
                }
            }
            counts.sort((a, b) -> Long.compare(b.organisations() + b.events(), a.organisations() + a.events()));
            return counts;
        }
    }

    private static Map<String, Long> countByRegion(SearchSession session, Class<?> type, String field) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of("regions");
        return session.search(type).where(f -> f.matchAll())
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(MAX_REGIONS))
                .fetch(0).aggregation(key);
    }
}
