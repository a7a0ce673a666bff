package org.civitas.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.civitas.identity.CivitasUser;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs in through the identity platform with the authorization-code flow: the platform proves the
 * person, the agreed claim names the account, {@link ExternalSignIn} links or refuses. After the
 * flow the session holds an ordinary console authentication of the linked account, so the session
 * filter reloads it on every request like any other.
 */
class OidcSignIn implements SignInMethod {

    private final OidcSettings settings;
    private final ExternalSignIn external;
    private final LazyClientRegistrations registrations;
    private final Passwords passwords;

    OidcSignIn(OidcSettings settings, ExternalSignIn external, Passwords passwords) {
        this.settings = settings;
        this.external = external;
        this.passwords = passwords;
        this.registrations = new LazyClientRegistrations(settings);
    }

    @Override
    public String code() {
        return ExternalAccount.OIDC;
    }

    @Override
    public List<AuthenticationProvider> providers() {
        return List.of(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), userService()));
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .successHandler(success())
                .failureHandler(failure()));
    }

    /** The platform's person, as the account the agreed claim links to. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        var platform = new OidcUserService();
        return request -> {
            OidcUser person = platform.loadUser(request);
            String organisation =
                    settings.organisationClaim() == null ? null : person.getClaimAsString(settings.organisationClaim());
            CivitasUser user = external.signIn(new ExternalSignIn.Identity(
                    ExternalAccount.OIDC,
                    person.getSubject(),
                    person.getClaimAsString(settings.linkClaim()),
                    person.getClaimAsString(settings.nameClaim()),
                    organisation == null || organisation.isBlank() ? settings.defaultOrganisation() : organisation,
                    null,
                    settings.createAccounts()));
            return new LinkedOidcUser(user, person);
        };
    }

    private AuthenticationSuccessHandler success() {
        var then = new LoginSuccess(passwords);
        var repository = new HttpSessionSecurityContextRepository();
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof LinkedOidcUser linked)) {
                throw new IllegalStateException("OIDC sign-in without a linked account");
            }
            CivitasUser user = linked.user;
            Authentication console =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(console);
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
            then.onAuthenticationSuccess(request, response, console);
        };
    }

    static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) ->
                redirectRefused(request, response, e);
    }

    /** The login page names the reason: the platform did prove the person, so this tells nothing to a stranger. */
    static void redirectRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        LoggerFactory.getLogger(OidcSignIn.class).info("Outside sign-in refused: {}", e.toString());
        String reason = switch (e) {
            case org.springframework.security.authentication.DisabledException d -> "disabled";
            case org.springframework.security.authentication.LockedException l -> "locked";
            default ->
                List.of(ExternalSignIn.UNKNOWN, ExternalSignIn.PRIVILEGED, ExternalSignIn.NO_ORGANISATION)
                                .contains(e.getMessage())
                        ? e.getMessage()
                        : "failed";
        };
        response.sendRedirect(request.getContextPath() + "/login?external=" + reason);
    }

    /** The platform's person carrying the Civitas account; named by the Civitas username so the audit names the account. */
    static final class LinkedOidcUser extends DefaultOidcUser {

        private final transient CivitasUser user;

        LinkedOidcUser(CivitasUser user, OidcUser person) {
            super(user.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.user = user;
        }

        @Override
        public String getName() {
            return user.getUsername();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LinkedOidcUser other && other.user.equals(user);
        }

        @Override
        public int hashCode() {
            return user.hashCode();
        }
    }
}
