package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.Revision;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of any audited record (Hibernate Envers), for the modules that own one: every revision of
 * the record with who, when and the fields it changed. The caller says which fields a state has and
 * decides who may read it; {@link ProjectHistory} does more for projects.
 */
@Service
@Transactional(readOnly = true)
public class Revisions {

    private final EntityManager entityManager;

    Revisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first; {@code fields} turns one saved state of the record into field paths and values. */
    public <T> List<RecordRevision> of(Class<T> type, Object id, Function<T, Map<String, String>> fields) {
        return of(type, id, fields, 0, Integer.MAX_VALUE);
    }

    /** How many revisions the record has. */
    public long count(Class<?> type, Object id) {
        return numbers(type, id).size();
    }

    /**
     * One page of {@link #of(Class, Object, Function)}: the {@code limit} revisions after the newest {@code offset}.
     * Only their states are read (and the one before the oldest, to tell what it changed), so a page costs the
     * same at 10 revisions or 10,000; the numbers of all revisions are one query.
     */
    public <T> List<RecordRevision> of(Class<T> type, Object id, Function<T, Map<String, String>> fields, int offset, int limit) {
        List<Number> newestFirst = numbers(type, id);
        if (offset >= newestFirst.size() || limit <= 0) {
            return List.of();
        }
        int end = (int) Math.min(newestFirst.size(), (long) offset + limit);
        // the page, and the revision before its oldest as the state its changes are counted from
        List<Number> wanted = newestFirst.subList(offset, Math.min(newestFirst.size(), end + 1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().in(wanted))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        boolean hasBaseline = end < newestFirst.size();
        List<RecordRevision> revisions = new ArrayList<>();
        Map<String, String> previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, String> state = kind == RevisionType.DEL ? null : fields.apply(type.cast(row[0]));
            if (i > 0 || !hasBaseline) {
                revisions.add(new RecordRevision(revision.getId(), revision.getChangedAt(), revision.getAuthor(), kind(kind),
                        RecordRevision.changes(previous, state)));
            }
            previous = state;
        }
        return revisions.reversed();
    }

    @SuppressWarnings("unchecked")
    private List<Number> numbers(Class<?> type, Object id) {
        return AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(type, false, true)
                .addProjection(AuditEntity.revisionNumber())
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
    }

    static String kind(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
