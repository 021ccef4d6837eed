package eu.leadercoop.registry;

import java.util.List;

/** An organisation as submitted; enum values as codes ({@code lag}, {@code non_profit_association}). */
public record OrganisationDraft(
        String name,
        List<String> aliases,
        String legalForm,
        String kind,
        String country,
        String region,
        String website) {
}
