/**
 * Partners: the LAG directory and the directory of organisations, cooperation offers and their replies,
 * and partner suggestions with reasons.
 *
 * <p><b>Public surface.</b>
 * <ul>
 * <li>{@link eu.leadercoop.partners.LagDirectory}: the directory of local action groups (LAGs), fisheries groups
 * (FLAGs) and their networks shipped as data files {@code partners/directory/lags-CC.csv} (one per country), each row
 * one {@link eu.leadercoop.partners.DirectoryEntry}: name, aliases, kind code ({@code lag}, {@code flag}, ... as in
 * DESIGN.md), country, regions, website, e-mail, phone, programming periods and the public address and date of its
 * source, with a stable {@link eu.leadercoop.partners.DirectoryEntry#id() id}. {@code LagDirectory.shipped()} reads
 * the files once; a malformed row fails with {@link eu.leadercoop.partners.DirectoryFormatException} (file and line).
 * {@link eu.leadercoop.partners.LagDirectory#names()} gives every name and alias, for recognising organisations in
 * imported text. Plain Java: reading it needs nothing but the class path.</li>
 * <li>{@link eu.leadercoop.partners.DirectoryLoading}: puts a directory into the registry's organisations (the
 * application does it with the shipped one at every start): matched by id, else by name or alias in the same
 * country, else added; people's edits survive newer versions of the files.</li>
 * <li>{@link eu.leadercoop.partners.DirectoryImport}: a national list a network administrator uploads (CSV or XLSX
 * in the directory's columns), previewed row by row and imported all or nothing.</li>
 * </ul>
 * Organisations themselves (with kind, country, regions, contact, periods and directory source) are the registry's
 * ({@code eu.leadercoop.registry.Organisations}, {@code OrganisationSummary}, {@code OrganisationDetails}); searching
 * them with facets is the search module's {@code OrganisationSearch}. Offers and suggestions should name
 * organisations by their registry id and read them there.
 *
 * <p>Pages and API ({@code web}): {@code /organisations} and {@code GET /api/organisations} (search and facets),
 * {@code /organisations/import} and {@code POST /api/organisations/import}.
 *
 * <p>Cooperation offers: {@link eu.leadercoop.partners.CooperationOffers} posts, changes and reads offers
 * ({@link eu.leadercoop.partners.Offer}, submitted as {@link eu.leadercoop.partners.OfferDraft}), takes
 * replies and their answers ({@link eu.leadercoop.partners.OfferReplyDetails}) and turns an offer into a
 * draft project through the registry's {@code ProjectEditing}; {@link eu.leadercoop.partners.OfferSearch}
 * finds open offers ({@link eu.leadercoop.partners.OfferQuery}, {@link eu.leadercoop.partners.OfferResults});
 * {@code CooperationOffers.organisationsWithOpenOffers()} and {@code openOffersOf(id)} serve the organisation
 * pages. {@link eu.leadercoop.partners.PartnerSuggestions} ranks organisations as partners with their
 * reasons, from the search module's {@code SimilarProjects}. Who may do what is decided here from the
 * accounts module's {@code CurrentUser}; entities and repositories are in {@code internal}, pages, API and
 * feeds in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package eu.leadercoop.partners;
