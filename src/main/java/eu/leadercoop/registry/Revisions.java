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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<RecordRevision> revisions = new ArrayList<>();
        Map<String, String> previous = null;
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, String> state = kind == RevisionType.DEL ? null : fields.apply(type.cast(row[0]));
            revisions.add(new RecordRevision(revision.getId(), revision.getChangedAt(), revision.getAuthor(), kind(kind),
                    RecordRevision.changes(previous, state)));
            previous = state;
        }
        return revisions.reversed();
    }

    static String kind(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
