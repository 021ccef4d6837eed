/**
 * The shared model of cooperation projects: entities with identity ({@link Organisation},
 * {@link Project}, {@link Partnership}, {@link Activity}, {@link Event}, ...) and the values they hold
 * ({@link Money}, {@link BudgetLine}, {@link Indicator}, {@link Funding}). Other modules read these
 * types; they change them only through the registry's services.
 */
@org.springframework.modulith.NamedInterface("model")
package eu.leadercoop.registry.model;
