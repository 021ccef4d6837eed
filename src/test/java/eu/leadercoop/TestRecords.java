package eu.leadercoop;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Integration tests share one database holding the example projects, and many of them count on exactly
 * those: a test that adds organisations removes them afterwards with everything that names them.
 */
public final class TestRecords {

    private TestRecords() {
    }

    /** Removes these organisations, the projects they take part in, their editors and the e-mail links naming them. */
    public static void removeOrganisations(JdbcTemplate jdbc, Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return;
        }
        String ids = organisationIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        jdbc.update("delete from email_link where organisation_id in (" + ids + ")");
        jdbc.update("delete from project where id in (select project_id from partnership where organisation_id in (" + ids + "))");
        jdbc.update("delete from app_user where id in (select user_id from user_organisation where organisation_id in (" + ids + "))");
        jdbc.update("delete from organisation where id in (" + ids + ")");
    }
}
