package org.civitas.identity.internal;

import java.util.List;
import org.civitas.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain for everything: public paths contributed by modules are open, {@code /actuator/prometheus}
 * needs the operator permission, everything else needs a signed-in user (console session or API token).
 * CSRF protection applies to every cookie session; token-authenticated API calls carry no cookies.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String METRICS_PERMISSION = "operations:metrics";

    @Bean
    PublicPaths identityPublicPaths() {
        return PublicPaths.of(
                "/login",
                "/error",
                "/webjars/**",
                "/css/**",
                "/js/**",
                "/img/**",
                "/favicon.ico",
                "/actuator/health",
                "/actuator/health/**");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        String[] open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAuthority(METRICS_PERMISSION)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null
                                && request.getHeader(HttpHeaders.AUTHORIZATION).startsWith("Bearer ")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
