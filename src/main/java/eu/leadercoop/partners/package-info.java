/**
 * Partners: the LAG directory, and later cooperation offers, replies, partner suggestions and following.
 *
 * <p>Public surface today: {@link eu.leadercoop.partners.LagDirectory}, the directory of local action
 * groups (LAGs), fisheries groups (FLAGs) and their networks that ships with the application as data
 * files {@code partners/directory/lags-CC.csv} (one per country, CC the lower-case ISO 3166 code), each
 * row one {@link eu.leadercoop.partners.DirectoryEntry}: name, aliases, kind code ({@code lag},
 * {@code flag}, ... as in DESIGN.md), country, regions, website, e-mail, phone, programming periods and
 * the public address and date of the source the row was taken from. {@code LagDirectory.shipped()}
 * reads every such file on the classpath once; a malformed row fails with
 * {@link eu.leadercoop.partners.DirectoryFormatException}, which names the file and line.
 * {@link eu.leadercoop.partners.LagDirectory#names()} gives every name and alias with its entries, for
 * recognising organisation names in imported text.
 *
 * <p>The directory is plain Java without Spring or the database: reading it needs nothing but the
 * class path. Loading it into the registry's organisations is a later step.
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
