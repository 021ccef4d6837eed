package eu.leadercoop.registry;

/**
 * Who may see unpublished records and change records: asked by the registry's services before every
 * read of a draft and every change, with the facts of the change. The accounts module implements it
 * (the registry knows no users); a change it refuses fails with {@link NotPermittedException} and
 * changes nothing.
 */
public interface RecordGuard {

    /** Whether the current user may see this project while it is a draft or unpublished. */
    boolean maySee(ProjectAccess project);

    /**
     * Whether the current user may change anything at all in this project (is an editor of one of its
     * partners, or an administrator): asked first, so that others are refused before their input is read.
     */
    boolean mayEdit(ProjectAccess project);

    /** Whether the current user may change this area of the project (or create it, for a new one). */
    boolean mayChange(ProjectAccess project, ProjectArea area);

    /** Whether the current user may add an organisation. */
    boolean mayCreateOrganisation();

    /** Whether the current user may edit organisations and merge duplicates. */
    boolean mayManageOrganisations();

    /**
     * The organisations the current user edits for (empty when nobody is signed in): the leads a new
     * project may name, for the forms that offer them.
     */
    java.util.Set<Long> memberOrganisations();
}
