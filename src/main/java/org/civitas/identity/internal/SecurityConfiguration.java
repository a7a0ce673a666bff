package org.civitas.identity.internal;

import java.util.List;
import org.civitas.identity.IdentityPermissions;
import org.civitas.platform.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for everything: public paths contributed by modules are open, {@code /actuator/prometheus}
 * needs the operator permission, everything else needs a signed-in user (console session or API token).
 * CSRF protection applies to every cookie session; token-authenticated API calls carry no cookies.
 * API calls without credentials get 401, console pages redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String METRICS_PERMISSION = IdentityPermissions.OPERATIONS_METRICS;

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
    AuthenticationManager authenticationManager(
            PrincipalLoader principals,
            Passwords passwords,
            ApplicationEventPublisher events,
            List<SignInMethod> methods) {
        var provider = new DaoAuthenticationProvider(principals);
        provider.setPasswordEncoder(passwords.encoder());
        var providers = new java.util.ArrayList<org.springframework.security.authentication.AuthenticationProvider>();
        providers.add(provider);
        methods.forEach(m -> providers.addAll(m.providers())); // directory, identity platform, certificate when on
        var manager = new ProviderManager(providers);
        manager.setEraseCredentialsAfterAuthentication(true);
        // login successes and failures become events: lockout counting and the audit trail listen to them
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not in command-line runs
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            TokenAuthentication tokens,
            PrincipalLoader principals,
            Passwords passwords,
            AuthenticationManager authenticationManager,
            List<SignInMethod> methods,
            SecondFactorStep secondFactor)
            throws Exception {
        String[] open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        // only where a token is accepted: a token on a console form is refused, never let past CSRF
        RequestMatcher bearer =
                request -> BearerTokenFilter.presentsToken(request) && BearerTokenFilter.tokenPath(request);
        RequestMatcher machine = request -> {
            String uri =
                    request.getRequestURI().substring(request.getContextPath().length());
            return uri.startsWith("/api/") || uri.startsWith("/actuator/") || uri.startsWith("/v3/api-docs");
        };
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAuthority(METRICS_PERMISSION)
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").successHandler(secondFactor.before(new LoginSuccess(passwords))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), machine))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionUserFilter(principals), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.sameOrigin())
                        // the same values as platform.SecurityHeaders, which the page cache writes before this chain
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        for (SignInMethod method : methods) {
            method.configure(http);
        }
        return http.build();
    }
}
