package org.civitas.site.web;

import org.civitas.identity.AccessControl;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the site console pages share: refusing a page outright (403) to users without any site
 * permission. Form actions run through {@link org.civitas.platform.Forms}.
 */
final class ConsoleSupport {

    private ConsoleSupport() {}

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
