package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.ConceptGroup;
import eu.leadercoop.search.Thesaurus;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.analysis.PreAnalysis;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a project into its search document: all its texts per language, its partners' names with
 * every alias, the facet values and what a hit shows (see {@link ProjectFields}). The dependencies
 * declared here make Hibernate Search reindex the project when any of them changes in a transaction.
 */
final class ProjectBinder implements TypeBinder {

    /** A programme field often names two ("PROW, KSOW"): each is its own facet value. */
    private static final Pattern PROGRAMME_SEPARATOR = Pattern.compile("\\s*[,;/]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_YEARS = 30;
    private static final int MAX_KEYWORD = 256;
    /**
     * Highlights re-analyse the stored text of the ten hits shown; allowing any highlighter would
     * also store term vectors for every document, a large cost to indexing for no use.
     */
    private static final List<Highlightable> PLAIN_HIGHLIGHTING = List.of(Highlightable.PLAIN);

    private final EuroRates rates;
    private final Thesaurus thesaurus;
    private final boolean preAnalysed;

    /** With {@code preAnalysed} (on a cluster) each text also goes to a field of its terms as our analysers make them. */
    ProjectBinder(EuroRates rates, Thesaurus thesaurus, boolean preAnalysed) {
        this.rates = rates;
        this.thesaurus = thesaurus;
        this.preAnalysed = preAnalysed;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("language").use("titles").use("referenceNumber").use("localCode").use("summary")
                .use("targetGroups").use("funding").use("partnersTotal").use("periodStart").use("periodEnd")
                .use("goals.text").use("expectedResults.text").use("activities.text")
                .use("events.title").use("events.type").use("events.place").use("events.description")
                .use("mediaItems.title").use("mediaItems.outlet")
                .use("partnerships.role").use("partnerships.nameAsWritten").use("partnerships.budget")
                .use("partnerships.organisation");
        context.dependencies().use(MachineTranslatedTexts.DEPENDENCY);
        context.bridge(Project.class, new Bridge(new Fields(context.indexSchemaElement(), context.typeFactory(), preAnalysed), rates, thesaurus));
    }

    /** A searched text field, its analyser, and on a cluster the field of its pre-analysed terms. */
    record TextField(IndexFieldReference<String> ref, String analyzer, IndexFieldReference<String> terms) {

        void write(DocumentElement doc, String value) {
            doc.addValue(ref, value);
            if (terms != null) {
                doc.addValue(terms, PreAnalysis.terms(analyzer, value));
            }
        }
    }

    /** References to the index fields, declared once when the mapping starts. */
    static final class Fields {
        final Map<String, TextField> titles = new HashMap<>();
        final Map<String, TextField> bodies = new HashMap<>();
        final IndexFieldReference<Long> id;
        final IndexFieldReference<String> titleOwn;
        final IndexFieldReference<String> language;
        final TextField textFolded;
        final TextField partners;
        final IndexFieldReference<String> country;
        final IndexFieldReference<String> region;
        final IndexFieldReference<String> organisation;
        final IndexFieldReference<String> role;
        final IndexFieldReference<String> organisationRole;
        final IndexFieldReference<String> programme;
        final IndexFieldReference<String> measure;
        final IndexFieldReference<String> eventType;
        final IndexFieldReference<String> concept;
        final IndexFieldReference<String> theme;
        final IndexFieldReference<Integer> year;
        final IndexFieldReference<Double> budgetEur;
        final IndexFieldReference<LocalDate> firstDay;
        final IndexFieldReference<LocalDate> lastDay;
        final IndexFieldReference<LocalDate> startDay;
        final IndexFieldReference<String> periodStart;
        final IndexFieldReference<String> periodEnd;
        final IndexFieldReference<String> referenceNumber;
        final IndexFieldReference<String> partnerEntry;
        final IndexFieldReference<String> budget;

        Fields(IndexSchemaElement schema, IndexFieldTypeFactory f, boolean preAnalysed) {
            for (String lang : Analyzers.LANGUAGES) {
                titles.put(lang, new TextField(schema.field(ProjectFields.title(lang), f.asString().analyzer(lang)
                        .projectable(Projectable.YES).highlightable(PLAIN_HIGHLIGHTING)).toReference(), lang,
                        terms(schema, f, ProjectFields.title(lang), preAnalysed)));
                bodies.put(lang, new TextField(schema.field(ProjectFields.body(lang), f.asString().analyzer(lang)
                        .projectable(Projectable.YES).highlightable(PLAIN_HIGHLIGHTING)).multiValued().toReference(), lang,
                        terms(schema, f, ProjectFields.body(lang), preAnalysed)));
            }
            id = schema.field(ProjectFields.ID, f.asLong().sortable(Sortable.YES).searchable(Searchable.NO)).toReference();
            titleOwn = schema.field(ProjectFields.TITLE_OWN, f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
            language = schema.field(ProjectFields.LANGUAGE, f.asString().projectable(Projectable.YES)).toReference();
            textFolded = new TextField(schema.field(ProjectFields.TEXT_FOLDED, f.asString().analyzer(Analyzers.FOLDED))
                    .multiValued().toReference(), Analyzers.FOLDED, terms(schema, f, ProjectFields.TEXT_FOLDED, preAnalysed));
            partners = new TextField(schema.field(ProjectFields.PARTNERS, f.asString().analyzer(Analyzers.FOLDED)
                    .projectable(Projectable.YES).highlightable(PLAIN_HIGHLIGHTING)).multiValued().toReference(), Analyzers.FOLDED,
                    terms(schema, f, ProjectFields.PARTNERS, preAnalysed));
            country = facet(schema, f, ProjectFields.COUNTRY);
            region = facet(schema, f, ProjectFields.REGION);
            organisation = facet(schema, f, ProjectFields.ORGANISATION);
            role = facet(schema, f, ProjectFields.ROLE);
            organisationRole = schema.field(ProjectFields.ORGANISATION_ROLE, f.asString()).multiValued().toReference();
            programme = facet(schema, f, ProjectFields.PROGRAMME);
            measure = facet(schema, f, ProjectFields.MEASURE);
            eventType = facet(schema, f, ProjectFields.EVENT_TYPE);
            concept = schema.field(ProjectFields.CONCEPT, f.asString()).multiValued().toReference();
            theme = facet(schema, f, ProjectFields.THEME);
            year = schema.field(ProjectFields.YEAR, f.asInteger().aggregable(Aggregable.YES)).multiValued().toReference();
            budgetEur = schema.field(ProjectFields.BUDGET_EUR, f.asDouble().aggregable(Aggregable.YES).sortable(Sortable.YES)).toReference();
            firstDay = schema.field(ProjectFields.FIRST_DAY, f.asLocalDate().aggregable(Aggregable.YES)).toReference();
            lastDay = schema.field(ProjectFields.LAST_DAY, f.asLocalDate().aggregable(Aggregable.YES)).toReference();
            startDay = schema.field(ProjectFields.START_DAY, f.asLocalDate().sortable(Sortable.YES)).toReference();
            periodStart = stored(schema, f, ProjectFields.PERIOD_START);
            periodEnd = stored(schema, f, ProjectFields.PERIOD_END);
            referenceNumber = stored(schema, f, ProjectFields.REFERENCE_NUMBER);
            partnerEntry = schema.field(ProjectFields.PARTNER_ENTRY, f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                    .multiValued().toReference();
            budget = stored(schema, f, ProjectFields.BUDGET);
        }

        /** The field of {@code field}'s pre-analysed terms, when asked for; the cluster only splits them at spaces. */
        private static IndexFieldReference<String> terms(IndexSchemaElement schema, IndexFieldTypeFactory f, String field,
                boolean preAnalysed) {
            return preAnalysed ? schema.field(ProjectFields.terms(field), f.asString().analyzer(Analyzers.FOLDED)).multiValued()
                    .toReference() : null;
        }

        private static IndexFieldReference<String> facet(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
            return schema.field(name, f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
        }

        private static IndexFieldReference<String> stored(IndexSchemaElement schema, IndexFieldTypeFactory f, String name) {
            return schema.field(name, f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
        }
    }

    private record Bridge(Fields fields, EuroRates rates, Thesaurus thesaurus) implements TypeBridge<Project> {

        @Override
        public void write(DocumentElement doc, Project p, TypeBridgeWriteContext context) {
            String lang = ProjectFields.languageOrNull(p.getLanguage());
            doc.addValue(fields.id, p.getId());
            doc.addValue(fields.language, p.getLanguage());
            doc.addValue(fields.titleOwn, p.title(p.getLanguage()));
            p.getTitles().forEach((titleLang, title) -> {
                String field = ProjectFields.languageOrNull(titleLang);
                (field != null ? fields.titles.get(field) : fields.textFolded).write(doc, title);
            });
            // The language fields keep the words' folded forms beside their stems (see Analyzers):
            // only text in another language needs the folded field.
            var bodies = lang != null ? fields.bodies.get(lang) : fields.textFolded;
            List<String> texts = ProjectTexts.of(p);
            for (String text : texts) {
                bodies.write(doc, text);
            }
            MachineTranslatedTexts.write(doc, p, fields.bodies);
            writeConcepts(doc, p, texts);
            addIfPresent(doc, fields.textFolded, p.getReferenceNumber());
            addIfPresent(doc, fields.textFolded, p.getLocalCode());
            writePartners(doc, p);
            writeFunding(doc, p.getFunding().orElse(null));
            Set<String> eventTypes = new LinkedHashSet<>();
            p.getEvents().forEach(e -> eventTypes.add(Codes.of(e.getType())));
            eventTypes.forEach(t -> doc.addValue(fields.eventType, t));
            writePeriod(doc, p);
            p.totalBudget().ifPresent(money -> writeBudget(doc, money));
            addIfPresent(doc, fields.referenceNumber, p.getReferenceNumber());
        }

        /** The concepts the titles (each in its language) and the texts (in the project's) mention. */
        private void writeConcepts(DocumentElement doc, Project p, List<String> texts) {
            Set<String> concepts = thesaurus.conceptsIn(p.getTitles(), p.getLanguage(), texts);
            for (String id : concepts) {
                doc.addValue(fields.concept, id);
                thesaurus.concept(id).filter(c -> c.group() == ConceptGroup.THEME).ifPresent(c -> doc.addValue(fields.theme, id));
            }
        }

        private void writePartners(DocumentElement doc, Project p) {
            Set<String> countries = new LinkedHashSet<>();
            Set<String> regions = new LinkedHashSet<>();
            Set<String> roles = new LinkedHashSet<>();
            for (Partnership s : p.getPartnerships()) {
                Organisation o = s.getOrganisation();
                OrganisationDirectory.Entry partner = OrganisationDirectory.entryOf(o);
                String id = String.valueOf(o.getId());
                String role = Codes.of(s.getRole());
                doc.addValue(fields.organisation, id);
                doc.addValue(fields.organisationRole, id + ":" + role);
                doc.addValue(fields.partnerEntry, id + "\t" + role + "\t" + partner.name());
                roles.add(role);
                if (partner.country() != null) {
                    countries.add(partner.country());
                }
                if (partner.regionCode() != null) {
                    regions.add(partner.regionCode());
                }
                Set<String> names = new LinkedHashSet<>();
                names.add(partner.name());
                names.addAll(partner.aliases());
                if (s.getNameAsWritten() != null) {
                    names.add(s.getNameAsWritten());
                }
                names.forEach(n -> fields.partners.write(doc, n));
            }
            countries.forEach(c -> doc.addValue(fields.country, c));
            regions.forEach(r -> doc.addValue(fields.region, r));
            roles.forEach(r -> doc.addValue(fields.role, r));
        }

        private void writeFunding(DocumentElement doc, Funding funding) {
            if (funding == null) {
                return;
            }
            if (funding.programme() != null && !funding.programme().isBlank()) {
                new LinkedHashSet<>(List.of(PROGRAMME_SEPARATOR.split(funding.programme().strip()))).stream()
                        .filter(s -> !s.isBlank()).forEach(s -> doc.addValue(fields.programme, keyword(s)));
            }
            if (funding.measure() != null && !funding.measure().isBlank()) {
                doc.addValue(fields.measure, keyword(funding.measure()));
            }
        }

        private void writePeriod(DocumentElement doc, Project p) {
            PeriodDays days = PeriodDays.of(p.getPeriodStart(), p.getPeriodEnd());
            if (days != null) {
                doc.addValue(fields.firstDay, days.first());
                doc.addValue(fields.lastDay, days.last());
            }
            if (p.getPeriodStart() != null) {
                doc.addValue(fields.startDay, p.getPeriodStart().earliest());
                doc.addValue(fields.periodStart, p.getPeriodStart().toEdtf());
            }
            if (p.getPeriodEnd() != null) {
                doc.addValue(fields.periodEnd, p.getPeriodEnd().toEdtf());
            }
            for (int year : PeriodDays.years(p.getPeriodStart(), p.getPeriodEnd(), MAX_YEARS)) {
                doc.addValue(fields.year, year);
            }
        }

        private void writeBudget(DocumentElement doc, Money money) {
            String currency = money.currency().getCurrencyCode();
            doc.addValue(fields.budget, money.amount().toPlainString() + " " + currency);
            rates.toEuro(money.amount(), currency).ifPresent(eur -> doc.addValue(fields.budgetEur, eur));
        }

        private static void addIfPresent(DocumentElement doc, TextField field, String value) {
            if (value != null && !value.isBlank()) {
                field.write(doc, value);
            }
        }

        private static void addIfPresent(DocumentElement doc, IndexFieldReference<String> field, String value) {
            if (value != null && !value.isBlank()) {
                doc.addValue(field, value);
            }
        }

        private static String keyword(String value) {
            String v = SPACES.matcher(value.strip()).replaceAll(" ");
            return v.length() <= MAX_KEYWORD ? v : v.substring(0, MAX_KEYWORD);
        }
    }
}
