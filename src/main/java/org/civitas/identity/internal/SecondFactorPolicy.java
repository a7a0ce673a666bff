package org.civitas.identity.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Decides who must, or may, pass a second step after their password. */
@Component
@Transactional(readOnly = true)
class SecondFactorPolicy {

    private final SecondFactorSettings settings;
    private final SecondFactors factors;
    private final RoleGrants grants;

    SecondFactorPolicy(SecondFactorSettings settings, SecondFactors factors, RoleGrants grants) {
        this.settings = settings;
        this.factors = factors;
        this.grants = grants;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Whether a password alone does not sign this user in: they have an authenticator or must get one. */
    boolean applies(long userId) {
        return settings.enabled() && (enrolled(userId) || required(userId));
    }

    boolean enrolled(long userId) {
        return factors.existsById(userId);
    }

    /** Required by one of the user's roles: an administrator role (when so configured) or a marked role. */
    boolean required(long userId) {
        return grants.findByUserId(userId).stream().map(RoleGrant::role).anyMatch(this::requiredFor);
    }

    boolean requiredFor(Role role) {
        return role.secondFactorRequired() || administratorRequirement(role);
    }

    /** Required for the role by the installation's setting, whatever the mark says. */
    boolean administratorRequirement(Role role) {
        return settings.requiredForAdministrators() && BuiltInRole.dutyOf(role).isPresent();
    }
}
