/**
 * The site's own pages: about, contact, privacy notice, accessibility statement and legal notice, in every language
 * of the site, shipped with texts true to what LeaderCoop keeps and editable by network administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package eu.leadercoop.site;
