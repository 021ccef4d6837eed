package eu.leadercoop.importer.draft;

/** Where a draft is in review: waiting, saved into the registry (new or merged), or thrown away. */
public enum DraftStatus {
    PENDING,
    SAVED,
    DISCARDED
}
