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
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package eu.leadercoop.partners;
