/**
 * Users, their organisations and roles, sign-in (form and API tokens), invitations and the permission
 * rules ({@link eu.leadercoop.accounts.ProjectPermissions}) that the registry's {@code RecordGuard}
 * asks before any draft is shown or any record changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package eu.leadercoop.accounts;
