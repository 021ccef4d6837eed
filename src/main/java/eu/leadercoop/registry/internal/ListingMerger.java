package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.ListingOutcome;
import eu.leadercoop.registry.OrganisationListing;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationKind;
import eu.leadercoop.registry.model.OrganisationNames;
import eu.leadercoop.registry.model.TextList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Brings organisations in line with a list of {@link OrganisationListing}s without duplicating them or
 * undoing what people entered.
 *
 * <p><b>Matching.</b> A listing is the organisation that carries its directory id; else the one of its
 * country known by one of its names (any spelling, see {@link OrganisationNames}) and not yet another
 * record of a directory; else a new organisation.
 *
 * <p><b>Per-field provenance.</b> Each organisation keeps, field by field, the value the list last stated.
 * A field whose value still equals it has not been edited since, and takes the list's new value; a field a
 * person changed keeps the person's value. A field the list states for the first time fills it only when
 * it is empty (the example projects' organisations keep their names and kinds). Aliases only grow: a
 * listing's spellings are added unless another organisation already has them.
 */
@Component
public class ListingMerger {

    /** The fields a list keeps up to date, with how to read and write each as one text. */
    private record Field(String name, Function<Organisation, String> get, BiConsumer<Organisation, String> set,
            Function<OrganisationListing, String> listed) {
    }

    private static final TextList LISTS = new TextList();

    private static final List<Field> FIELDS = List.of(
            new Field("name", Organisation::getName, Organisation::rename, OrganisationListing::name),
            new Field("kind", o -> Codes.of(o.getKind()),
                    (o, v) -> o.describe(o.getLegalForm(), kind(v), o.getCountry(), o.getRegionCode(), o.getWebsite()),
                    OrganisationListing::kind),
            new Field("website", Organisation::getWebsite,
                    (o, v) -> o.describe(o.getLegalForm(), o.getKind(), o.getCountry(), o.getRegionCode(), v),
                    OrganisationListing::website),
            new Field("email", Organisation::getEmail,
                    (o, v) -> o.describeFurther(v, o.getPhone(), o.getRegions(), o.getTerritory(), o.getPeriods()),
                    OrganisationListing::email),
            new Field("phone", Organisation::getPhone,
                    (o, v) -> o.describeFurther(o.getEmail(), v, o.getRegions(), o.getTerritory(), o.getPeriods()),
                    OrganisationListing::phone),
            new Field("regions", o -> LISTS.convertToDatabaseColumn(o.getRegions()),
                    (o, v) -> o.describeFurther(o.getEmail(), o.getPhone(), LISTS.convertToEntityAttribute(v), o.getTerritory(),
                            o.getPeriods()),
                    l -> LISTS.convertToDatabaseColumn(TextList.clean(l.regions()))),
            new Field("periods", o -> LISTS.convertToDatabaseColumn(o.getPeriods()),
                    (o, v) -> o.describeFurther(o.getEmail(), o.getPhone(), o.getRegions(), o.getTerritory(),
                            LISTS.convertToEntityAttribute(v)),
                    l -> LISTS.convertToDatabaseColumn(TextList.clean(l.periods()))));

    private final OrganisationRepository organisations;

    ListingMerger(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * Applies every listing (or, with {@code dryRun}, only works out what it would do, changing nothing).
     * Must run in a transaction; a dry run's caller rolls it back.
     */
    public List<ListingOutcome> merge(List<OrganisationListing> listings, boolean dryRun) {
        // Every organisation by directory id and by name key, read once: a query per name would also flush
        // the growing session each time (seconds for the 224 records of the shipped directory).
        Map<String, Organisation> byDirectoryId = new HashMap<>();
        Names names = new Names();
        for (Organisation o : organisations.findAll()) {
            if (o.getDirectoryId() != null) {
                byDirectoryId.put(o.getDirectoryId(), o);
            }
            names.index(o);
        }
        List<ListingOutcome> outcomes = new ArrayList<>(listings.size());
        for (int i = 0; i < listings.size(); i++) {
            OrganisationListing listing = listings.get(i);
            Organisation match = byDirectoryId.get(listing.directoryId());
            if (match == null) {
                match = byName(listing, names);
            }
            if (match == null) {
                outcomes.add(new ListingOutcome(i, listing.directoryId(), listing.name(), ListingOutcome.Status.NEW, null,
                        List.of(), List.of()));
                if (!dryRun) {
                    Organisation created = create(listing, names);
                    byDirectoryId.put(listing.directoryId(), created);
                    outcomes.set(i, new ListingOutcome(i, listing.directoryId(), listing.name(), ListingOutcome.Status.NEW,
                            created.getId(), List.of(), List.of()));
                }
                continue;
            }
            byDirectoryId.put(listing.directoryId(), match);
            outcomes.add(update(i, match, listing, dryRun, names));
        }
        if (!dryRun) {
            organisations.flush();
        }
        return outcomes;
    }

    /** Organisations by the key of each of their names, for one merge. */
    private static final class Names {

        private final Map<String, List<Organisation>> byKey = new HashMap<>();

        void index(Organisation o) {
            o.getAliases().forEach(a -> {
                List<Organisation> known = byKey.computeIfAbsent(a.key(), k -> new ArrayList<>());
                if (!known.contains(o)) {
                    known.add(o);
                }
            });
        }

        List<Organisation> known(String name) {
            return byKey.getOrDefault(OrganisationNames.key(name), List.of());
        }
    }

    private Organisation byName(OrganisationListing listing, Names names) {
        for (String name : listing.allNames()) {
            for (Organisation candidate : names.known(name)) {
                boolean sameCountry = Objects.equals(candidate.getCountry(), listing.country());
                boolean otherRecord = candidate.getDirectoryId() != null && !candidate.getDirectoryId().equals(listing.directoryId());
                if (sameCountry && !otherRecord) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private Organisation create(OrganisationListing listing, Names names) {
        Organisation organisation = new Organisation(listing.name(), kind(listing.kind()), listing.country());
        organisation.listAs(listing.directoryId(), listing.source(), listing.sourceDate());
        for (Field field : FIELDS) {
            String value = blankToNull(field.listed().apply(listing));
            if (!field.name().equals("name") && !field.name().equals("kind")) {
                field.set().accept(organisation, value);
            }
            organisation.rememberDirectoryValue(field.name(), stored(value));
        }
        addAliases(organisation, listing, names);
        Organisation saved = organisations.save(organisation);
        names.index(saved);
        return saved;
    }

    private ListingOutcome update(int index, Organisation organisation, OrganisationListing listing, boolean dryRun, Names names) {
        List<String> changed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Field field : FIELDS) {
            String listed = blankToNull(field.listed().apply(listing));
            String current = blankToNull(field.get().apply(organisation));
            if (Objects.equals(current, listed)) {
                remember(organisation, field, listed, dryRun);
                continue;
            }
            boolean untouched = organisation.hasDirectoryValue(field.name())
                    ? Objects.equals(current, blankToNull(organisation.directoryValue(field.name())))
                    : current == null;
            if (untouched && (listed != null || !field.name().equals("name") && !field.name().equals("kind"))) {
                changed.add(field.name());
                if (!dryRun) {
                    field.set().accept(organisation, listed);
                }
            } else if (!Objects.equals(listed, blankToNull(organisation.directoryValue(field.name())))) {
                kept.add(field.name());
            }
            remember(organisation, field, listed, dryRun);
        }
        if (newAliases(organisation, listing, names).findAny().isPresent()) {
            changed.add("aliases");
        }
        boolean sourceChanged = !Objects.equals(organisation.getDirectoryId(), listing.directoryId())
                || !Objects.equals(organisation.getDirectorySource(), listing.source())
                || !Objects.equals(organisation.getDirectorySourceDate(), listing.sourceDate());
        if (sourceChanged) {
            changed.add("source");
        }
        if (!dryRun) {
            addAliases(organisation, listing, names);
            organisation.listAs(listing.directoryId(), listing.source(), listing.sourceDate());
            names.index(organisation);
        }
        ListingOutcome.Status status = changed.isEmpty() ? ListingOutcome.Status.UNCHANGED : ListingOutcome.Status.UPDATED;
        return new ListingOutcome(index, listing.directoryId(), listing.name(), status, organisation.getId(),
                List.copyOf(changed), List.copyOf(kept));
    }

    private static void remember(Organisation organisation, Field field, String listed, boolean dryRun) {
        if (!dryRun) {
            organisation.rememberDirectoryValue(field.name(), stored(listed));
        }
    }

    private java.util.stream.Stream<String> newAliases(Organisation organisation, OrganisationListing listing, Names names) {
        return listing.allNames().stream()
                .filter(n -> !OrganisationNames.key(n).isEmpty() && !organisation.isKnownAs(n)
                        && organisation.getAliases().stream().noneMatch(a -> a.name().equals(n.strip())))
                .filter(n -> names.known(n).stream().allMatch(other -> other.equals(organisation)));
    }

    private void addAliases(Organisation organisation, OrganisationListing listing, Names names) {
        newAliases(organisation, listing, names).toList().forEach(organisation::addAlias);
    }

    private static OrganisationKind kind(String code) {
        return Codes.parse(OrganisationKind.class, code).orElse(OrganisationKind.OTHER);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Element collections drop null values; the empty text stands for "the list states nothing". */
    private static String stored(String value) {
        return value == null ? "" : value;
    }
}
