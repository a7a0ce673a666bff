package org.civitas.identity.trusted;

import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.DataScope;

/**
 * Trusted port: no permission checks; accounts for other modules' demo data ({@link
 * org.civitas.platform.DemoData}), made while the demo is created on a new installation: they share the
 * first administrator's password and must change it at first sign-in, like identity's own demo accounts.
 * Not for anything else: outside the demo's first start there is no such password and every method refuses.
 */
public interface DemoAccounts {

    /** Whether demo accounts can be made now (the demo is being created and the first password is known). */
    boolean available();

    /** Creates a user in an organisation with a clearance (a security label code); returns the user's id. */
    long createUser(String username, String displayName, long organisationId, String clearance);

    /**
     * Grants {@code roleCode} to the user over an organisation, creating the role with {@code permissions}
     * when it does not exist yet. No built-in administrator role may be given this way.
     */
    void grant(
            String username,
            String roleCode,
            String roleName,
            Set<String> permissions,
            DataScope scope,
            long organisationId);

    /**
     * Runs {@code action} signed in as the account {@code username} with its grants as they are now, so that demo
     * work passes the same permission checks and audit as the console's (a reviewer deciding a task, an
     * administrator setting a channel's chain); the previous sign-in is restored afterwards.
     */
    <T> T runAs(String username, Supplier<T> action);
}
