package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.SECOND_FACTOR_RESET;

import org.civitas.identity.IdentityEvent.RoleSecondFactorChanged;
import org.civitas.identity.IdentityEvent.SecondFactorReset;
import org.civitas.identity.SecondFactorService;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security administrator's side of the second factor: the role mark, the overview and resets. */
@Service
@Transactional
class SecondFactorAdministration implements SecondFactorService {

    private final SecondFactorPolicy policy;
    private final SecondFactors factors;
    private final RecoveryCodes codes;
    private final Users users;
    private final Roles roles;
    private final CurrentAccess access;
    private final ApplicationEventPublisher events;

    SecondFactorAdministration(
            SecondFactorPolicy policy,
            SecondFactors factors,
            RecoveryCodes codes,
            Users users,
            Roles roles,
            CurrentAccess access,
            ApplicationEventPublisher events) {
        this.policy = policy;
        this.factors = factors;
        this.codes = codes;
        this.users = users;
        this.roles = roles;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('user:read')")
    public SignInMethods methodsOf(long userId) {
        var factor = factors.findById(userId);
        return new SignInMethods(
                true,
                policy.enabled(),
                policy.required(userId),
                factor.isPresent(),
                factor.map(SecondFactor::enrolledAt).orElse(null),
                factor.isPresent() ? codes.countByUserIdAndUsedAtIsNull(userId) : 0);
    }

    @Override
    @PreAuthorize("hasAuthority('second-factor:reset')")
    public void reset(long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (access.requireUser().id() == userId) {
            // whoever holds this session could otherwise swap in their own authenticator
            throw new DomainException("secondFactor.reset.self");
        }
        if (!access.scope(SECOND_FACTOR_RESET).contains(user.organisationId())) {
            throw new DomainException("secondFactor.reset.outsideScope");
        }
        if (!factors.existsById(userId)) {
            throw new DomainException("secondFactor.reset.none");
        }
        factors.deleteById(userId);
        codes.deleteByUserId(userId);
        events.publishEvent(new SecondFactorReset(userId, user.username()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('role:read')")
    public RoleRequirement requirementOf(long roleId) {
        Role role = role(roleId);
        return new RoleRequirement(role.secondFactorRequired(), policy.administratorRequirement(role));
    }

    @Override
    @PreAuthorize("hasAuthority('role:write')")
    public void requireForRole(long roleId, boolean required) {
        Role role = role(roleId);
        if (role.secondFactorRequired() != required) {
            role.requireSecondFactor(required);
            events.publishEvent(new RoleSecondFactorChanged(roleId, role.code(), required));
        }
    }

    private Role role(long roleId) {
        return roles.findById(roleId).orElseThrow(() -> new NotFoundException("Role", roleId));
    }
}
