package eu.leadercoop.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A region an event counts in for a distinct-regions commitment: a project partner's action area, named by
 * the partner organisation, or the one place {@link #online() online}.
 *
 * @param key            {@code organisation:12} or {@code online}
 * @param organisationId the partner whose area this is; null for online
 * @param name           the partner organisation's name; null for online (pages say "online" in their language)
 * @param regionCode     the ISO 3166-2 region the partner sits in, when known
 */
public record Place(String key, Long organisationId, String name, String regionCode) {

    private static final Place ONLINE = new Place("online", null, null, null);

    public static Place online() {
        return ONLINE;
    }

    public static Place areaOf(long organisationId, String name, String regionCode) {
        return new Place("organisation:" + organisationId, organisationId, name, regionCode);
    }

    @JsonIgnore
    public boolean isOnline() {
        return organisationId == null;
    }
}
