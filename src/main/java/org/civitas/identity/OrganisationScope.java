package org.civitas.identity;

import java.util.Collection;
import java.util.Set;

/**
 * The organisations a user may act on for one permission: everything, or a set of organisation ids.
 * Queries filter with {@link #organisationIds()} unless {@link #all()} is true.
 */
public record OrganisationScope(boolean all, Set<Long> organisationIds) {

    public static final OrganisationScope EVERYTHING = new OrganisationScope(true, Set.of());
    public static final OrganisationScope NOTHING = new OrganisationScope(false, Set.of());

    public OrganisationScope {
        organisationIds = Set.copyOf(organisationIds);
    }

    public static OrganisationScope of(Collection<Long> ids) {
        return new OrganisationScope(false, Set.copyOf(ids));
    }

    public boolean contains(Long organisationId) {
        return all || (organisationId != null && organisationIds.contains(organisationId));
    }

    public boolean isEmpty() {
        return !all && organisationIds.isEmpty();
    }
}
