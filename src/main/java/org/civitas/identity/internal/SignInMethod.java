package org.civitas.identity.internal;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in beyond the password, switched on per installation (each implementation is a
 * bean only when its {@code civitas.identity.<code>.enabled} is true). The security configuration
 * adds its providers to the one authentication manager, so its successes and failures are audited
 * and counted like password logins, and lets it add its filters to the one filter chain.
 */
interface SignInMethod {

    /** {@code ldap}, {@code oidc} or {@code x509}: the login page's button and the audit's method. */
    String code();

    List<AuthenticationProvider> providers();

    default void configure(HttpSecurity http) throws Exception {}
}
