package eu.leadercoop.reports.export;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Partner;
import java.util.List;
import java.util.Optional;

/**
 * The partner a project is filed under in exports and statistics: the lead partner, else the applicant,
 * else the first partner listed (some sources name no roles). Its country and region are the project's
 * "home", so that each project, and its budget, is counted once.
 */
public final class LeadPartner {

    private static final List<String> ROLES = List.of("lead_partner", "applicant");

    private LeadPartner() {
    }

    public static Optional<Partner> of(ProjectDetails project) {
        for (String role : ROLES) {
            Optional<Partner> found = project.partners().stream().filter(p -> role.equals(p.role())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return project.partners().stream().findFirst();
    }
}
