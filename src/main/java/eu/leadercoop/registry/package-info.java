/**
 * The core model: organisations, projects, partnerships, money and partial dates, with the services
 * that read and write them. Every other module speaks this model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package eu.leadercoop.registry;
