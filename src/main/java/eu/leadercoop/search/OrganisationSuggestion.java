package eu.leadercoop.search;

/**
 * An organisation offered while typing: its canonical name and, when the typed words matched
 * another spelling of it, that alias ({@code KKLM} for MTÜ Kodukant Läänemaa).
 */
public record OrganisationSuggestion(long id, String name, String matchedAlias, String country, String region) {
}
