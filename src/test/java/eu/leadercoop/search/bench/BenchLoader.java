package eu.leadercoop.search.bench;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.search.index.EuroRates;
import eu.leadercoop.search.index.PeriodDays;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;

/**
 * Loads generated data the way the application writes: JPA entities persisted through Hibernate in
 * batched transactions. Hibernate Search's automatic indexing is switched off for these bulk sessions
 * (the rebuild indexes everything afterwards, as the app does when it rebuilds). Each project's
 * texts also go to {@code bench_fts}, PostgreSQL's own full-text baseline, in the same batch. Tests use it
 * for data of a realistic shape too.
 */
public final class BenchLoader {

    static final int BATCH = 200;

    private final EntityManagerFactory emf;
    private final DataSource dataSource;
    private final ProjectGenerator generator;
    private final EuroRates rates = new EuroRates(Map.of());
    private long[] organisationIds;
    private List<ProjectGenerator.Org> organisations;

    /** Without a {@code dataSource} the projects are not written to the PostgreSQL baseline's table. */
    public BenchLoader(EntityManagerFactory emf, DataSource dataSource, ProjectGenerator generator) {
        this.emf = emf;
        this.dataSource = dataSource;
        this.generator = generator;
    }

    void createFtsTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists unaccent");
            s.execute("drop table if exists bench_fts");
            s.execute("""
                    create table bench_fts (
                      id bigint primary key, gen_index int not null, title text not null, tsv tsvector not null,
                      country text[], region text[], organisation text[], role text[], programme text[], measure text[],
                      event_type text[], year int[], budget_eur double precision,
                      first_day date, last_day date, start_day date)""");
        }
    }

    void indexFtsTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
            s.execute("create index bench_fts_gen_index on bench_fts (gen_index)");
            for (String array : List.of("country", "region", "organisation", "year", "event_type")) {
                s.execute("create index bench_fts_" + array + " on bench_fts using gin (" + array + ")");
            }
            s.execute("analyze bench_fts");
        }
    }

    public void loadOrganisations() {
        organisations = generator.organisations();
        organisationIds = new long[organisations.size()];
        EntityManager em = emf.createEntityManager();
        try {
            Search.session(em).indexingPlanFilter(f -> f.exclude(Object.class));
            em.getTransaction().begin();
            for (int i = 0; i < organisations.size(); i++) {
                ProjectGenerator.Org g = organisations.get(i);
                Organisation o = new Organisation(g.name(), g.kind(), g.country());
                o.describe(g.legalForm(), g.kind(), g.country(), g.region(), null);
                g.aliases().forEach(o::addAlias);
                em.persist(o);
                organisationIds[i] = o.getId();
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** The database id of the generated organisation at {@code index}, once {@link #loadOrganisations} has run. */
    long organisationId(int index) {
        return organisationIds[index];
    }

    /** Persists every generated project with {@code threads} writers; returns projects per second. */
    public double loadProjects(int threads) throws Exception {
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(pool.submit(() -> {
                for (int from = next.getAndAdd(BATCH); from < generator.projects(); from = next.getAndAdd(BATCH)) {
                    writeBatch(from, Math.min(generator.projects(), from + BATCH));
                    int total = done.addAndGet(Math.min(generator.projects(), from + BATCH) - from);
                    if (total % 50_000 < BATCH) {
                        System.out.printf("  loaded %,d projects (%.0f/s)%n", total, total / seconds(started));
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : writers) {
            w.get();
        }
        pool.shutdown();
        return generator.projects() / seconds(started);
    }

    private void writeBatch(int from, int to) throws SQLException {
        List<ProjectGenerator.GenProject> batch = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            Search.session(em).indexingPlanFilter(f -> f.exclude(Object.class));
            em.getTransaction().begin();
            for (int i = from; i < to; i++) {
                ProjectGenerator.GenProject g = generator.project(i);
                Project p = project(em, g);
                em.persist(p);
                batch.add(g);
                ids.add(p.getId());
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        if (dataSource != null) {
            writeFts(batch, ids);
        }
    }

    /** The entity for a generated project, its partners by their index in {@code generator.organisations()}. */
    Project project(EntityManager em, ProjectGenerator.GenProject g) {
        Project p = new Project(g.language());
        p.setTitle(g.language(), g.title());
        p.describe(g.referenceNumber(), null, g.summary(), null);
        p.setPeriod(g.start(), g.end(), null);
        p.setTargetGroups(g.targetGroups());
        p.setFunding(new Funding(g.programme(), null, null, g.measure()));
        p.setPartnersTotal(Money.of(g.budgetAmount(), g.currency()));
        p.publish();
        for (int i = 0; i < g.partners().size(); i++) {
            p.addPartner(em.getReference(Organisation.class, organisationIds[g.partners().get(i)]), g.roles().get(i));
        }
        g.goals().forEach(p::addGoal);
        for (int i = 0; i < g.activities().size(); i++) {
            p.addActivity(null, String.valueOf(i + 1), g.activities().get(i));
        }
        for (ProjectGenerator.GenEvent e : g.events()) {
            Event event = p.addEvent(e.type(), e.title(), new PartialDateRange(e.start(), e.end() == null ? e.start() : e.end()), null);
            event.locate(e.place(), e.country(), e.region());
        }
        g.media().forEach(m -> p.addMediaItem(g.start(), null, m));
        return p;
    }

    private void writeFts(List<ProjectGenerator.GenProject> batch, List<Long> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into bench_fts (id, title, tsv, country, region, organisation, role, programme, measure,
                          event_type, year, budget_eur, first_day, last_day, start_day, gen_index)
                        values (?, ?, to_tsvector('simple', unaccent(?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < batch.size(); i++) {
                ProjectGenerator.GenProject g = batch.get(i);
                List<String> texts = new ArrayList<>(g.texts());
                Set<String> countries = new LinkedHashSet<>();
                Set<String> regions = new LinkedHashSet<>();
                List<String> orgs = new ArrayList<>();
                for (int partner : g.partners()) {
                    ProjectGenerator.Org o = organisations.get(partner);
                    texts.add(o.name());
                    texts.addAll(o.aliases());
                    countries.add(o.country());
                    if (o.region() != null) {
                        regions.add(o.region());
                    }
                    orgs.add(String.valueOf(organisationIds[partner]));
                }
                PeriodDays days = PeriodDays.of(g.start(), g.end());
                insert.setLong(1, ids.get(i));
                insert.setString(2, g.title());
                insert.setString(3, String.join(" ", texts));
                insert.setArray(4, c.createArrayOf("text", countries.toArray()));
                insert.setArray(5, c.createArrayOf("text", regions.toArray()));
                insert.setArray(6, c.createArrayOf("text", orgs.toArray()));
                insert.setArray(7, c.createArrayOf("text", new LinkedHashSet<>(g.roles().stream().map(Codes::of).toList()).toArray()));
                insert.setArray(8, c.createArrayOf("text", new Object[] {g.programme()}));
                insert.setArray(9, c.createArrayOf("text", new Object[] {g.measure()}));
                insert.setArray(10, c.createArrayOf("text", new LinkedHashSet<>(g.events().stream().map(e -> Codes.of(e.type())).toList()).toArray()));
                insert.setArray(11, c.createArrayOf("integer",
                        java.util.Arrays.stream(PeriodDays.years(g.start(), g.end(), 30)).boxed().toArray()));
                Double eur = rates.toEuro(new java.math.BigDecimal(g.budgetAmount()), g.currency()).orElse(null);
                if (eur == null) {
                    insert.setNull(12, Types.DOUBLE);
                } else {
                    insert.setDouble(12, eur);
                }
                insert.setDate(13, Date.valueOf(days.first()));
                insert.setDate(14, Date.valueOf(days.last()));
                insert.setDate(15, Date.valueOf(g.start().earliest()));
                insert.setInt(16, g.index());
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static double seconds(long started) {
        return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }
}
