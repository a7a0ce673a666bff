package org.civitas.platform;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Work done outside a request under someone's name, with the previous security context restored
 * afterwards. Two meanings, one method each:
 *
 * <ul>
 *   <li>{@link #account}: as an existing account with its grants as they are now (demo data, jobs acting
 *       for a person); every permission check applies;
 *   <li>{@link #operator}: under a bare name holding no permission (the command line, operator imports);
 *       the audit trail records the name, and only trusted ports, which check nothing, may be called.
 * </ul>
 */
public final class RunningAs {

    private RunningAs() {}

    /** Runs {@code action} as {@code account}, with its authorities. */
    public static <T> T account(UserDetails account, Supplier<T> action) {
        return under(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), action);
    }

    /** Runs {@code action} under {@code name}, holding no permission. */
    public static <T> T operator(String name, Supplier<T> action) {
        return under(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()), action);
    }

    private static <T> T under(UsernamePasswordAuthenticationToken authentication, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
