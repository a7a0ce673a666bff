package org.civitas.journal.web;

import org.civitas.identity.AccessControl;
import org.springframework.security.access.AccessDeniedException;

/** Refuses a journal console page outright (403) to users holding none of the permissions it needs. */
final class ConsoleAccess {

    private ConsoleAccess() {}

    static void requireAny(AccessControl access, String... permissions) {
        var user = access.requireUser();
        for (String permission : permissions) {
            if (user.has(permission)) {
                return;
            }
        }
        throw new AccessDeniedException("missing permission " + String.join(" or ", permissions));
    }
}
