package eu.leadercoop.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API answers in snake_case ({@code spring.jackson.property-naming-strategy}); the OpenAPI
 * description must name the properties the same way. Springdoc reads models with swagger-core's own
 * (Jackson 2) mapper, which does not see the application's setting, hence this resolver.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }
}
