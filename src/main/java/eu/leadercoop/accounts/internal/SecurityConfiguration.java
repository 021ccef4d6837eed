package eu.leadercoop.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import eu.leadercoop.accounts.ApiTokens;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, at the door: reading is public; changing anything needs a signed-in session (with
 * its CSRF token) or an API token; which change a user may make is decided further in, by
 * {@code ProjectPermissions} through the registry's guard. Also the response headers that keep pages
 * from being framed, sniffed or running scripts from elsewhere.
 */
// The command-line tools (import, rates, report) start Spring without a web server: no filter chains then.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * No inline script or style anywhere: pages load Bootstrap, htmx and ECharts from /webjars and their
     * own code from /js; Bootstrap's icons are data: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** API reads that need a signed-in user; every other API read is public. The API description marks these. */
    static final List<String> SIGNED_IN_API_READS = List.of("/api/me", "/api/me/**", "/api/users", "/api/users/**", "/api/import",
            "/api/import/**", "/api/projects/*/history", "/api/projects/*/history/**", "/api/organisations/*/history");

    /** The one API write open to everyone: reading text changes nothing. */
    static final String OPEN_API_WRITE = "/api/extract";

    /**
     * Swagger UI (a third-party page that reads the public API description) adds one inline style; it
     * gets that and nothing else more than our own pages. Read-only: any other method is refused.
     */
    @Bean
    @Order(1)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/swagger-ui/**").permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = path.matcher("/api/**");
        RequestMatcher extract = path.matcher(HttpMethod.POST, "/api/extract");
        RequestMatcher bearer = BearerTokenFilter::hasBearerToken;
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(extract).permitAll()
                        .requestMatchers("/login", "/invitations/**", "/password-reset", "/password-reset/**", "/error").permitAll()
                        .requestMatchers("/account", "/account/**", "/api/me", "/api/me/**", "/api/users", "/api/users/**").authenticated()
                        // importing existing pages is for signed-in editors; saving is checked like any edit
                        .requestMatchers("/import", "/import/**", "/api/import", "/api/import/**").authenticated()
                        // editing pages: for signed-in editors; which parts they may change is decided further in
                        .requestMatchers("/projects/new", "/projects/*/edit", "/projects/*/edit/**", "/projects/*/history",
                                "/projects/*/history/**", "/projects/*/invitations", "/organisations/new", "/organisations/*/edit",
                                "/organisations/*/edit/**", "/admin/users", "/admin/users/**").authenticated()
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/projects/*/history"),
                                path.matcher(HttpMethod.GET, "/api/projects/*/history/**"),
                                path.matcher(HttpMethod.GET, "/api/organisations/*/history")).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").failureUrl("/login?error")
                        .defaultSuccessUrl("/account", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed_out"))
                // Session-authenticated writes (pages, and API calls from a signed-in browser) carry the
                // CSRF token; requests with an API token cannot be forged by another site and need none.
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, extract))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                // The API answers 401; pages send the reader to the sign-in page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
