package eu.leadercoop.search;

import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.search.index.EventFields;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;

/** The events of all published projects, from the event index: the calendar page and the feeds. */
@Service
public class EventCalendar {

    /** A page of events, and how many there are in all. */
    public record Page(List<CalendarEvent> events, long total, int page, int size) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    EventCalendar(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    public Page find(CalendarQuery query) {
        LocalDate today = LocalDate.now(clock);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchResult<List<?>> result = Search.session(em).search(Event.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field(EventFields.PROJECT_ID, Long.class),
                            f.field(EventFields.PROJECT_TITLE, String.class), f.field(EventFields.LANGUAGE, String.class),
                            f.field(EventFields.TYPE, String.class), f.field(EventFields.TITLE, String.class),
                            f.field(EventFields.START, String.class), f.field(EventFields.END, String.class),
                            f.field(EventFields.DATE_AS_WRITTEN, String.class), f.field(EventFields.PLACE, String.class),
                            f.field(EventFields.COUNTRY, String.class), f.field(EventFields.REGION, String.class),
                            f.field(EventFields.DESCRIPTION, String.class)).asList())
                    .where(f -> predicate(f, query, today))
                    .sort(f -> query.when() == CalendarQuery.When.PAST
                            ? f.field(EventFields.FIRST_DAY).desc().then().indexOrder()
                            : f.field(EventFields.FIRST_DAY).asc().then().indexOrder())
                    .fetch(Math.multiplyExact(query.page(), query.size()), query.size());
            return new Page(result.hits().stream().map(EventCalendar::event).toList(), result.total().hitCount(),
                    query.page(), query.size());
        }
    }

    private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, CalendarQuery query, LocalDate today) {
        var bool = f.bool().must(f.exists().field(EventFields.FIRST_DAY));
        switch (query.when()) {
            case UPCOMING -> bool.filter(f.range().field(EventFields.LAST_DAY).atLeast(today));
            case PAST -> bool.filter(f.range().field(EventFields.LAST_DAY).lessThan(today));
            case ALL -> { }
        }
        if (!query.types().isEmpty()) {
            bool.filter(f.terms().field(EventFields.TYPE).matchingAny(query.types()));
        }
        if (query.region() != null && !query.region().isBlank()) {
            bool.filter(f.match().field(EventFields.REGION).matching(query.region()));
        }
        if (query.organisation() != null) {
            bool.filter(f.match().field(EventFields.ORGANISATION).matching(String.valueOf(query.organisation())));
        }
        if (query.projects() != null) {
            bool.filter(query.projects().isEmpty() ? f.not(f.matchAll())
                    : f.terms().field(EventFields.PROJECT_ID).matchingAny(query.projects()));
        }
        return bool;
    }

    private static CalendarEvent event(List<?> row) {
        return new CalendarEvent((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (String) row.get(3),
                (String) row.get(4), (String) row.get(5), date(row.get(6)), date(row.get(7)), (String) row.get(8),
                (String) row.get(9), (String) row.get(10), (String) row.get(11), (String) row.get(12));
    }

    private static PartialDate date(Object edtf) {
        return edtf == null ? null : PartialDate.fromEdtf((String) edtf);
    }
}
