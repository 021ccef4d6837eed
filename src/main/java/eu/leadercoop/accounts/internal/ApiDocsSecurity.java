package eu.leadercoop.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description says how to sign in: a personal API token as a Bearer token (Swagger UI's "Authorize"). */
// The command-line tools (import, rates, report) start Spring without a web server: no filter chains then.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@SecurityScheme(name = ApiDocsSecurity.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from your account page (/account): Authorization: Bearer lc_...")
class ApiDocsSecurity {

    static final String TOKEN = "api_token";

    @Bean
    OpenApiCustomizer apiTokenRequirement() {
        return api -> api.addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
