package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationAlias;
import eu.leadercoop.search.analysis.Analyzers;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** Writes an organisation's names (canonical and aliases) for typeahead, and where it is for the map (see {@link OrganisationFields}). */
final class OrganisationBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("name").use("aliases").use("country").use("regionCode").use("kind").use("regions");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory f = context.typeFactory();
        Fields fields = new Fields(
                schema.field(OrganisationFields.NAME, f.asString().analyzer(Analyzers.FOLDED).projectable(Projectable.YES)).toReference(),
                schema.field(OrganisationFields.ALIAS, f.asString().analyzer(Analyzers.FOLDED).projectable(Projectable.YES))
                        .multiValued().toReference(),
                keyword(schema, f, OrganisationFields.COUNTRY),
                keyword(schema, f, OrganisationFields.REGION),
                keyword(schema, f, OrganisationFields.KIND),
                schema.field(OrganisationFields.REGIONS, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .multiValued().toReference(),
                schema.field(OrganisationFields.NAME_SORT, f.asString().sortable(Sortable.YES)).toReference(),
                Analyzers.LANGUAGES.stream().map(lang -> schema.field(OrganisationFields.WORDS_PREFIX + lang,
                        f.asString().analyzer(lang)).multiValued().toReference()).toList());
        context.bridge(Organisation.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
        return schema.field(name, f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).sortable(Sortable.YES)).toReference();
    }

    private record Fields(
            IndexFieldReference<String> name,
            IndexFieldReference<String> alias,
            IndexFieldReference<String> country,
            IndexFieldReference<String> region,
            IndexFieldReference<String> kind,
            IndexFieldReference<String> regions,
            IndexFieldReference<String> nameSort,
            java.util.List<IndexFieldReference<String>> words) {
    }

    private record Bridge(Fields fields) implements TypeBridge<Organisation> {

        @Override
        public void write(DocumentElement doc, Organisation o, TypeBridgeWriteContext context) {
            doc.addValue(fields.name(), o.getName());
            for (OrganisationAlias alias : o.getAliases()) {
                if (!alias.name().equals(o.getName())) {
                    doc.addValue(fields.alias(), alias.name());
                }
            }
            if (o.getCountry() != null) {
                doc.addValue(fields.country(), o.getCountry());
            }
            if (o.getRegionCode() != null) {
                doc.addValue(fields.region(), o.getRegionCode());
            }
            doc.addValue(fields.kind(), Codes.of(o.getKind()));
            o.getRegions().forEach(region -> doc.addValue(fields.regions(), region));
            doc.addValue(fields.nameSort(), sortKey(o.getName()));
            for (int i = 0; i < Analyzers.LANGUAGES.size(); i++) {
                IndexFieldReference<String> words = fields.words().get(i);
                for (OrganisationAlias alias : o.getAliases()) {
                    doc.addValue(words, alias.name());
                }
                doc.addValue(words, KindWords.of(Codes.of(o.getKind()), Analyzers.LANGUAGES.get(i)));
            }
        }

        private static String sortKey(String name) {
            return java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N} ]+", "").strip();
        }
    }
}
