/**
 * What the features' pages share: layout, language switching, messages and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package eu.leadercoop.web;
