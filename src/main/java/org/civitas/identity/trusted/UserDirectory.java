package org.civitas.identity.trusted;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trusted port: no permission checks; reads users for other modules (workflow candidates, display names),
 * so a caller shows only what its own permission check allows.
 */
public interface UserDirectory {

    Optional<UserSummary> findByUsername(String username);

    /**
     * The display names of these accounts, by account name as given, for pages that name many people at once (one
     * lookup for a whole list, not one per row); accounts that do not exist or have no display name are left out.
     */
    default Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            findByUsername(username)
                    .map(UserSummary::displayName)
                    .filter(name -> !name.isBlank())
                    .ifPresent(name -> names.put(username, name));
        }
        return names;
    }

    /**
     * The workflow candidate groups of a user: {@code role:CODE} for each role held, and
     * {@code role:CODE@org:ID} for each organisation inside that grant's scope.
     */
    Set<String> workflowGroups(String username);

    /**
     * The name people know a role by (e.g. 网站审核员 for {@code WEB_REVIEWER}), for pages that show who may act on a
     * review step; empty when no role has that code.
     */
    default Optional<String> roleName(String code) {
        return Optional.empty();
    }

    /** A user as other modules may show them. */
    record UserSummary(long id, String username, String displayName, long organisationId, String clearance) {}
}
