package org.civitas.support;

import java.util.function.Supplier;
import org.civitas.platform.RunningAs;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acting as an existing account, with its grants as they are now, for service-level tests. Two meanings:
 * {@link #as} runs a piece of arrangement and restores who was signed in before; {@link #signIn} signs the
 * account in for the rest of the test (its teardown clears the context).
 */
public final class RunAs {

    private final UserDetailsService users;

    public RunAs(UserDetailsService users) {
        this.users = users;
    }

    /** Runs {@code action} as {@code username}, then restores the previous security context. */
    public <T> T as(String username, Supplier<T> action) {
        return RunningAs.account(users.loadUserByUsername(username), action);
    }

    /** {@link #as} for an action without a result. */
    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Signs {@code username} in on this thread until the test clears the context; returns the account. */
    public <U extends UserDetails> U signIn(String username) {
        return signIn(users, username);
    }

    /** {@link #signIn(String)} for tests that hold no {@code RunAs}. */
    @SuppressWarnings("unchecked")
    public static <U extends UserDetails> U signIn(UserDetailsService users, String username) {
        UserDetails account = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return (U) account;
    }
}
