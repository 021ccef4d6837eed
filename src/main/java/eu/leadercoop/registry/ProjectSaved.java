package eu.leadercoop.registry;

/**
 * Published inside the transaction of every saved change to a project record (creation, each edit,
 * whole replacement, restore, merge, publishing): listeners that work on the saved record, such as
 * machine translation, listen after the commit ({@code @TransactionalEventListener}) and read the
 * record as committed.
 */
public record ProjectSaved(long projectId) {
}
