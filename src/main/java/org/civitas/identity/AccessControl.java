package org.civitas.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking, and what they may see. Every module filters its reads through this: organisation
 * scope per permission and clearance per security label.
 */
public interface AccessControl {

    /** The signed-in user, if the current request or job runs as one. */
    Optional<CivitasUser> currentUser();

    /** The signed-in user; refuses with an access-denied error when there is none. */
    CivitasUser requireUser();

    /**
     * The signed-in user if they hold at least one of {@code permissions}; refuses (403) otherwise. Console
     * pages call it first, so that a page is refused outright before any form is validated; the services
     * check again.
     */
    default CivitasUser requireAny(String... permissions) {
        CivitasUser user = requireUser();
        for (String permission : permissions) {
            if (user.has(permission)) {
                return user;
            }
        }
        throw new AccessDeniedException("missing permission " + String.join(" or ", permissions));
    }

    /**
     * Whether the current user holds {@code permission} (false when nobody is signed in): what a console
     * page asks to offer an action, named for the page in its model rather than spelled in the template.
     */
    default boolean has(String permission) {
        return currentUser().map(user -> user.has(permission)).orElse(false);
    }

    /** The organisations the current user may act on with {@code permission} (nothing when not signed in). */
    OrganisationScope scope(String permission);

    /** Codes of the security labels the current user may read (nothing when not signed in). */
    Set<String> readableLabels();

    /** Whether the current user may read an item labelled {@code labelCode}. */
    default boolean canRead(String labelCode) {
        return readableLabels().contains(labelCode);
    }
}
