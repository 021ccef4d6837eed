package eu.leadercoop.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API description's padlocks follow the security configuration: public reads have none. */
class ApiDocsSecurityTest {

    @Test
    void publicReadsNeedNoSignIn() {
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/projects")).isFalse();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/projects/{id}")).isFalse();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/search")).isFalse();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/export/{table}.csv")).isFalse();
    }

    @Test
    void readsOfAccountsHistoryAndImportsNeedSignIn() {
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/me")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/me/tokens")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/users/{id}/history")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/projects/{id}/history")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/projects/{id}/history/{revision}")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/organisations/{id}/history")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("GET", "/api/import/drafts")).isTrue();
    }

    @Test
    void everyWriteButExtractNeedsSignIn() {
        assertThat(ApiDocsSecurity.needsSignIn("POST", "/api/projects")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("DELETE", "/api/projects/{id}/{kind}/{ref}")).isTrue();
        assertThat(ApiDocsSecurity.needsSignIn("POST", "/api/extract")).isFalse();
    }
}
