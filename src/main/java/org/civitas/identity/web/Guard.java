package org.civitas.identity.web;

import org.civitas.identity.AccessControl;
import org.springframework.security.access.AccessDeniedException;

/**
 * Refuses a console page outright (403) when the user lacks the permission the page exists for, before
 * any form is validated. The services check again; this only keeps pages from half-rendering.
 */
final class Guard {

    private Guard() {}

    static void require(AccessControl access, String permission) {
        if (!access.requireUser().has(permission)) {
            throw new AccessDeniedException("missing permission " + permission);
        }
    }
}
