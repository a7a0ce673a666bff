package org.civitas.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civitas.identity.CivitasUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in with the client certificate of the TLS connection, but only when the person asks for it
 * ({@code /login/certificate}, the login page's button): a certificate in the browser or on a UKey
 * does not sign anyone in by merely being there. Only certificates linked to an account by the
 * security administrator are accepted; the account is never created from a certificate.
 */
class CertificateSignIn implements SignInMethod, AuthenticationProvider {

    static final String PATH = "/login/certificate";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final CertificateSettings settings;
    private final ExternalSignIn external;
    private final Passwords passwords;
    private final ObjectProvider<AuthenticationManager> manager;

    /** The manager is looked up when a certificate arrives: it is built from the sign-in methods, this one included. */
    CertificateSignIn(
            CertificateSettings settings,
            ExternalSignIn external,
            Passwords passwords,
            ObjectProvider<AuthenticationManager> manager) {
        this.settings = settings;
        this.external = external;
        this.passwords = passwords;
        this.manager = manager;
    }

    @Override
    public String code() {
        return ExternalAccount.X509;
    }

    @Override
    public List<AuthenticationProvider> providers() {
        return List.of(this);
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterBefore(new CertificateFilter(), UsernamePasswordAuthenticationFilter.class);
    }

    /** What a certificate is linked by, as stored in the external account. */
    static String keyOf(X509Certificate certificate, String key) {
        if (key.equals("issuer-serial")) {
            return certificate.getIssuerX500Principal().getName() + "#"
                    + certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        }
        return certificate.getSubjectX500Principal().getName();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof X509Certificate)) {
            return null; // another kind of pre-authentication: not ours
        }
        CivitasUser user = external.signIn(
                new ExternalSignIn.Identity(ExternalAccount.X509, attempt.getName(), null, null, null, null, false));
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.X509_AUTHORITY));
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(attempt.getDetails());
        return result;
    }

    private final class CertificateFilter extends OncePerRequestFilter {

        private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        private final LoginSuccess then = new LoginSuccess(passwords);
        private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI()
                    .substring(request.getContextPath().length())
                    .equals(PATH);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chainPresented)
                    || chainPresented.length == 0) {
                response.sendRedirect(request.getContextPath() + "/login?external=no-certificate");
                return;
            }
            X509Certificate certificate = chainPresented[0];
            var attempt = new PreAuthenticatedAuthenticationToken(keyOf(certificate, settings.key()), certificate);
            attempt.setDetails(details.buildDetails(request));
            try {
                Authentication signedIn = manager.getObject().authenticate(attempt);
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // no session fixation across the sign-in
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(signedIn);
                SecurityContextHolder.setContext(context);
                repository.saveContext(context, request, response);
                then.onAuthenticationSuccess(request, response, signedIn);
            } catch (AuthenticationException e) {
                SecurityContextHolder.clearContext();
                OidcSignIn.redirectRefused(request, response, e);
            }
        }
    }
}
