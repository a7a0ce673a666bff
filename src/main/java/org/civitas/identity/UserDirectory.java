package org.civitas.identity;

import java.util.Optional;
import java.util.Set;

/** Read access to users for other modules (workflow candidates, display names). */
public interface UserDirectory {

    Optional<UserSummary> findByUsername(String username);

    /**
     * The workflow candidate groups of a user: {@code role:CODE} for each role held, and
     * {@code role:CODE@org:ID} for each organisation inside that grant's scope.
     */
    Set<String> workflowGroups(String username);

    /** A user as other modules may show them. */
    record UserSummary(long id, String username, String displayName, long organisationId, String clearance) {}
}
