package eu.leadercoop.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and Swagger UI): what the API is, the build's version, the
 * site's own address as its server (springdoc's default, the request's host called "Generated server url", is
 * wrong behind a proxy), and the operations' tags grouped by the module that answers them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    /** Tags in the order Swagger UI lists them, each with the module it belongs to. */
    static final Map<String, String> TAGS = tags();

    /**
     * The API answers in snake_case ({@code spring.jackson.property-naming-strategy}); the OpenAPI
     * description must name the properties the same way. Springdoc reads models with swagger-core's own
     * (Jackson 2) mapper, which does not see the application's setting, hence this resolver.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenApiCustomizer siteDescription(@Value("${leadercoop.version:development}") String version,
            @Value("${leadercoop.site-url}") String siteUrl, @Value("${leadercoop.open-data.licence-name:CC BY 4.0}") String licence,
            @Value("${leadercoop.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
        return api -> {
            api.info(new Info().title("LeaderCoop API").version(version)
                    .description("The shared registry of LEADER/CLLD cooperation projects: projects and organisations, "
                            + "search, tracking of commitments, reports and open data. JSON in snake_case; dates as EDTF "
                            + "strings (2024-06, 2025-21 for spring 2025); money as {amount, currency}. Reading is public; "
                            + "operations with a padlock need a signed-in user: an API token from your account page as "
                            + "Authorization: Bearer lc_..., or a browser session with its X-CSRF-TOKEN header. Bad input "
                            + "is answered 400 with errors naming each field or parameter.")
                    .license(new License().name("Open data: " + licence).url(licenceUrl)));
            api.servers(List.of(new Server().url(siteUrl.replaceAll("/+$", "")).description("LeaderCoop")));
            List<Tag> tags = new ArrayList<>();
            TAGS.forEach((name, description) -> tags.add(new Tag().name(name).description(description)));
            // a tag an operation uses that this list does not know still shows, after the known ones
            if (api.getTags() != null) {
                api.getTags().stream().filter(t -> !TAGS.containsKey(t.getName())).forEach(tags::add);
            }
            api.tags(tags);
        };
    }

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Projects", "Registry: cooperation project records");
        tags.put("Project editing", "Registry: changes to a project record, part by part, and its history");
        tags.put("Organisations", "Registry: LAGs and the other organisations taking part in projects");
        tags.put("Search", "Search: finding projects, organisations and events; the map's and the calendar's data");
        tags.put("Import", "Import: reading project pages into drafts waiting for review");
        tags.put("Tracking", "Tracking: commitments, indicators and money checks");
        tags.put("Reports", "Reports: the project report as PDF");
        tags.put("Statistics", "Reports: projects, budgets and events of the network");
        tags.put("Open data", "Reports: exports of the published registry, under the licence the site names");
        tags.put("Accounts", "Accounts: the signed-in user, API tokens, invitations and users");
        return Collections.unmodifiableMap(tags);
    }
}
