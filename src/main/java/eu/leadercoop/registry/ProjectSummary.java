package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Money;
import java.util.List;

/** A project as lists show it: title, period, status, partners and budget. */
public record ProjectSummary(
        long id,
        String language,
        String title,
        String referenceNumber,
        ProjectDetails.Period period,
        String status,
        List<PartnerRef> partners,
        Money budget,
        String publicationState) {

    public record PartnerRef(long organisationId, String name, String role) {
    }
}
