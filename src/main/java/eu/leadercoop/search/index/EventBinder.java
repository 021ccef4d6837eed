package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.search.analysis.Analyzers;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** Writes an event into the calendar's index (see {@link EventFields}). */
final class EventBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("title").use("type").use("dateStart").use("dateEnd").use("dateAsWritten").use("place")
                .use("country").use("regionCode").use("description").use("organisers")
                .use("project.titles").use("project.language").use("project.partnerships.organisation");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory f = context.typeFactory();
        Fields fields = new Fields(
                schema.field(EventFields.TITLE, f.asString().analyzer(Analyzers.FOLDED).projectable(Projectable.YES)).toReference(),
                keyword(schema, f, EventFields.TYPE),
                day(schema, f, EventFields.FIRST_DAY),
                day(schema, f, EventFields.LAST_DAY),
                stored(schema, f, EventFields.START),
                stored(schema, f, EventFields.END),
                stored(schema, f, EventFields.DATE_AS_WRITTEN),
                stored(schema, f, EventFields.PLACE),
                keyword(schema, f, EventFields.COUNTRY),
                keyword(schema, f, EventFields.REGION),
                stored(schema, f, EventFields.DESCRIPTION),
                schema.field(EventFields.ORGANISATION, f.asString()).multiValued().toReference(),
                schema.field(EventFields.PROJECT_ID, f.asLong().projectable(Projectable.YES)).toReference(),
                stored(schema, f, EventFields.PROJECT_TITLE),
                stored(schema, f, EventFields.LANGUAGE));
        context.bridge(Event.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
        return schema.field(name, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
    }

    private static IndexFieldReference<LocalDate> day(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
        return schema.field(name, f.asLocalDate().sortable(Sortable.YES)).toReference();
    }

    private static IndexFieldReference<String> stored(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
        return schema.field(name, f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
    }

    private record Fields(
            IndexFieldReference<String> title,
            IndexFieldReference<String> type,
            IndexFieldReference<LocalDate> firstDay,
            IndexFieldReference<LocalDate> lastDay,
            IndexFieldReference<String> start,
            IndexFieldReference<String> end,
            IndexFieldReference<String> dateAsWritten,
            IndexFieldReference<String> place,
            IndexFieldReference<String> country,
            IndexFieldReference<String> region,
            IndexFieldReference<String> description,
            IndexFieldReference<String> organisation,
            IndexFieldReference<Long> projectId,
            IndexFieldReference<String> projectTitle,
            IndexFieldReference<String> language) {
    }

    private record Bridge(Fields fields) implements TypeBridge<Event> {

        @Override
        public void write(DocumentElement doc, Event e, TypeBridgeWriteContext context) {
            Project p = e.getProject();
            doc.addValue(fields.title(), e.getTitle());
            doc.addValue(fields.type(), Codes.of(e.getType()));
            PartialDateRange date = e.getDate();
            if (date != null) {
                doc.addValue(fields.firstDay(), date.earliest());
                doc.addValue(fields.lastDay(), date.latest());
                doc.addValue(fields.start(), date.start().toEdtf());
                doc.addValue(fields.end(), date.end().toEdtf());
            }
            addIfPresent(doc, fields.dateAsWritten(), e.getDateAsWritten());
            addIfPresent(doc, fields.place(), e.getPlace());
            addIfPresent(doc, fields.country(), e.getCountry());
            addIfPresent(doc, fields.region(), e.getRegionCode());
            addIfPresent(doc, fields.description(), e.getDescription());
            Set<String> organisations = new LinkedHashSet<>();
            e.getOrganisers().stream().map(Organisation::getId).forEach(id -> organisations.add(String.valueOf(id)));
            p.getPartnerships().stream().map(Partnership::getOrganisation)
                    .forEach(o -> organisations.add(String.valueOf(o.getId())));
            organisations.forEach(id -> doc.addValue(fields.organisation(), id));
            doc.addValue(fields.projectId(), p.getId());
            doc.addValue(fields.projectTitle(), p.title(p.getLanguage()));
            doc.addValue(fields.language(), p.getLanguage());
        }

        private static void addIfPresent(DocumentElement doc, IndexFieldReference<String> field, String value) {
            if (value != null && !value.isBlank()) {
                doc.addValue(field, value);
            }
        }
    }
}
