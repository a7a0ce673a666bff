package org.civitas.identity.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.SecurityLabels;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers who is asking and how far their grants reach, from the grants as they are now in the database. */
@Component
class CurrentAccess implements AccessControl {

    private final RoleGrants grants;
    private final Organisations organisations;
    private final SecurityLabels labels;

    CurrentAccess(RoleGrants grants, Organisations organisations, SecurityLabels labels) {
        this.grants = grants;
        this.organisations = organisations;
        this.labels = labels;
    }

    @Override
    public Optional<CivitasUser> currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CivitasUser user ? Optional.of(user) : Optional.empty();
    }

    @Override
    public CivitasUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationScope scope(String permission) {
        // a token's principal holds only the token's scope: a grant the token leaves out reaches nothing
        return currentUser()
                .filter(u -> u.has(permission))
                .map(u -> scopeOf(u.id(), permission))
                .orElse(OrganisationScope.NOTHING);
    }

    OrganisationScope scopeOf(long userId, String permission) {
        Set<Long> ids = new HashSet<>();
        for (RoleGrant grant : grants.findByUserId(userId)) {
            if (!grant.role().permissions().contains(permission)) {
                continue;
            }
            if (grant.scope() == DataScope.ALL) {
                return OrganisationScope.EVERYTHING;
            }
            if (grant.scope() == DataScope.OWN) {
                ids.add(grant.organisationId());
            } else {
                organisations
                        .findById(grant.organisationId())
                        .ifPresent(o -> ids.addAll(organisations.findSubtreeIds(o.path())));
            }
        }
        return OrganisationScope.of(ids);
    }

    @Override
    public Set<String> readableLabels() {
        return currentUser().map(u -> labels.readableWith(u.clearance())).orElse(Set.of());
    }

    /** Refuses unless the caller's scope for {@code permission} covers the organisation. */
    void checkScope(String permission, Long organisationId) {
        if (!scope(permission).contains(organisationId)) {
            throw new AccessDeniedException(permission + " outside data scope: organisation " + organisationId);
        }
    }
}
