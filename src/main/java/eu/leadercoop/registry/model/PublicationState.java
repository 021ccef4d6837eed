package eu.leadercoop.registry.model;

/** Workflow of a project record: drafts are seen only by its partners, published ones by everyone. */
public enum PublicationState {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
