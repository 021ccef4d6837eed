package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.OrganisationDetails;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Organisation;
import eu.leadercoop.registry.model.OrganisationAlias;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Builds {@link OrganisationSummary} and {@link OrganisationDetails} from the entities. */
@Component
public class OrganisationViews {

    private final PartnershipRepository partnerships;
    private final ProjectViews projectViews;

    OrganisationViews(PartnershipRepository partnerships, ProjectViews projectViews) {
        this.partnerships = partnerships;
        this.projectViews = projectViews;
    }

    public Page<OrganisationSummary> summaries(Page<Organisation> page) {
        Map<Long, Integer> counts = projectCounts();
        return page.map(o -> summary(o, counts));
    }

    public List<OrganisationSummary> summaries(List<Organisation> organisations) {
        Map<Long, Integer> counts = projectCounts();
        return organisations.stream().map(o -> summary(o, counts)).toList();
    }

    public OrganisationDetails details(Organisation o, String lang) {
        List<Partnership> own = partnerships.findByOrganisation(o.getId(), PublicationState.PUBLISHED);
        List<OrganisationDetails.ProjectRole> projects = own.stream()
                .map(s -> {
                    Project p = s.getProject();
                    return new OrganisationDetails.ProjectRole(p.getId(), p.title(lang), ProjectViews.period(p),
                            Codes.of(p.status(projectViews.today())), Codes.of(s.getRole()));
                })
                .sorted(Comparator.comparing((OrganisationDetails.ProjectRole r) -> r.period().start(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Map<Organisation, Integer> shared = new LinkedHashMap<>();
        for (Partnership s : own) {
            for (Partnership other : s.getProject().getPartnerships()) {
                if (!other.getOrganisation().equals(o)) {
                    shared.merge(other.getOrganisation(), 1, Integer::sum);
                }
            }
        }
        List<OrganisationDetails.CooperationPartner> partners = shared.entrySet().stream()
                .map(e -> new OrganisationDetails.CooperationPartner(e.getKey().getId(), e.getKey().getName(),
                        e.getKey().getCountry(), e.getValue()))
                .sorted(Comparator.comparing(OrganisationDetails.CooperationPartner::sharedProjects).reversed()
                        .thenComparing(OrganisationDetails.CooperationPartner::name))
                .toList();
        return new OrganisationDetails(o.getId(), o.getName(), aliases(o), Codes.of(o.getLegalForm()), Codes.of(o.getKind()),
                o.getCountry(), o.getRegionCode(), o.getWebsite(), projects, partners, o.getVersion(), o.getEmail(), o.getPhone(),
                o.getRegions(), o.getTerritory(), o.getPeriods(), cooperationCountries(o, partners), o.getDirectoryId(),
                o.getDirectorySource(), o.getDirectorySourceDate());
    }

    /** The other countries of its cooperation partners, those of the most shared projects first. */
    private static List<String> cooperationCountries(Organisation o, List<OrganisationDetails.CooperationPartner> partners) {
        Map<String, Integer> shared = new HashMap<>();
        for (OrganisationDetails.CooperationPartner p : partners) {
            if (p.country() != null) {
                shared.merge(p.country(), p.sharedProjects(), Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private OrganisationSummary summary(Organisation o, Map<Long, Integer> counts) {
        return new OrganisationSummary(o.getId(), o.getName(), aliases(o), Codes.of(o.getLegalForm()), Codes.of(o.getKind()),
                o.getCountry(), o.getRegionCode(), o.getWebsite(), counts.getOrDefault(o.getId(), 0), o.getVersion(),
                o.getEmail(), o.getPhone(), o.getRegions(), o.getTerritory(), o.getPeriods(), o.getDirectoryId(),
                o.getDirectorySource(), o.getDirectorySourceDate());
    }

    /** Other spellings than the canonical name, each once. */
    private static List<String> aliases(Organisation o) {
        return o.getAliases().stream().map(OrganisationAlias::name).filter(n -> !n.equals(o.getName())).distinct().toList();
    }

    public java.util.Set<Long> withPublishedProjects() {
        return projectCounts().keySet();
    }

    private Map<Long, Integer> projectCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : partnerships.countProjectsByOrganisation(PublicationState.PUBLISHED)) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }
}
