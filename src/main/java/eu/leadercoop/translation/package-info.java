/**
 * Machine translation, when a site wants it: after each save of a published project, its title, summary,
 * goals and expected results are translated in the background into the site's other languages by a
 * translation service with an open protocol (LibreTranslate's API, or DeepL's), and stored beside the
 * originals by the registry ({@link eu.leadercoop.registry.MachineTranslations}). Off by default
 * ({@code leadercoop.translation.provider=none}): then this module makes no beans and nothing leaves the
 * server. It has no public API; it listens to {@link eu.leadercoop.registry.ProjectSaved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Translation")
package eu.leadercoop.translation;
