package eu.leadercoop.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description says how to sign in (a personal API token as a Bearer token: Swagger UI's "Authorize"), and
 * marks with it only the operations that need a signed-in user: every write but {@code POST /api/extract}, and
 * the reads of {@link SecurityConfiguration#SIGNED_IN_API_READS}. Public reads carry no padlock.
 */
// The command-line tools (import, rates, report) start Spring without a web server: no filter chains then.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@SecurityScheme(name = ApiDocsSecurity.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from your account page (/account): Authorization: Bearer lc_...")
class ApiDocsSecurity {

    static final String TOKEN = "api_token";

    private static final List<PathPattern> SIGNED_IN_READS = SecurityConfiguration.SIGNED_IN_API_READS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    @Bean
    OpenApiCustomizer apiTokenRequirement() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (needsSignIn(method.name(), path)) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList(TOKEN)));
                } else {
                    operation.setSecurity(null);
                }
            }));
            api.setSecurity(null);
        };
    }

    /** Whether the operation {@code method path} (an OpenAPI path template, {@code /api/projects/{id}}) needs sign-in. */
    static boolean needsSignIn(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            // {id} in a template is one path segment, as * in the patterns
            PathContainer template = PathContainer.parsePath(path);
            return SIGNED_IN_READS.stream().anyMatch(p -> p.matches(template));
        }
        return !path.equals(SecurityConfiguration.OPEN_API_WRITE);
    }
}
