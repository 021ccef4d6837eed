package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationAlias;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project document needs of its partners (name, aliases, country, region), read for every
 * organisation in two queries when the index is rebuilt. The rebuild loads projects batch by
 * batch in fresh sessions, so without it every batch loads again the organisations its partnerships
 * name and their aliases: a third of the loading time for a few thousand organisations.
 *
 * <p>Only the rebuild's threads see the directory ({@link #during}); documents written on commit read
 * the organisation entities as before.
 */
final class OrganisationDirectory {

    /** A partner as the project document shows it; {@code aliases} in the organisation's order. */
    record Entry(String name, List<String> aliases, String country, String regionCode) {

        static Entry of(Organisation o) {
            return new Entry(o.getName(), o.getAliases().stream().map(OrganisationAlias::name).toList(), o.getCountry(),
                    o.getRegionCode());
        }
    }

    private static final ThreadLocal<OrganisationDirectory> CURRENT = new ThreadLocal<>();

    private final Map<Long, Entry> entries;

    private OrganisationDirectory(Map<Long, Entry> entries) {
        this.entries = entries;
    }

    /** Every organisation, read through {@code em}. */
    static OrganisationDirectory read(EntityManager em) {
        Map<Long, List<String>> aliases = new HashMap<>();
        em.createQuery("select o.id, a.name from Organisation o join o.aliases a order by o.id, index(a)", Object[].class)
                .getResultStream()
                .forEach(row -> aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        Map<Long, Entry> entries = new HashMap<>();
        em.createQuery("select o.id, o.name, o.country, o.regionCode from Organisation o", Object[].class)
                .getResultStream()
                .forEach(row -> entries.put((Long) row[0], new Entry((String) row[1],
                        List.copyOf(aliases.getOrDefault((Long) row[0], List.of())), (String) row[2], (String) row[3])));
        return new OrganisationDirectory(entries);
    }

    /** Runs {@code work} with this directory visible to the document bridges of the current thread. */
    void during(Runnable work) {
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * The partner {@code o}: from the directory in a rebuild's thread (asking the proxy only for its
     * id, which does not load it), else, or for an organisation created since, from the entity.
     */
    static Entry entryOf(Organisation o) {
        OrganisationDirectory directory = CURRENT.get();
        Entry entry = directory == null ? null : directory.entries.get(o.getId());
        return entry != null ? entry : Entry.of(o);
    }
}
