package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.USER_READ;

import org.civitas.identity.IdentityEvent.RoleSecondFactorChanged;
import org.civitas.identity.IdentityEvent.SecondFactorReset;
import org.civitas.identity.IdentityPermissions;
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
    private final AccountDuties accountDuties;
    private final ApplicationEventPublisher events;

    SecondFactorAdministration(
            SecondFactorPolicy policy,
            SecondFactors factors,
            RecoveryCodes codes,
            Users users,
            Roles roles,
            CurrentAccess access,
            AccountDuties accountDuties,
            ApplicationEventPublisher events) {
        this.policy = policy;
        this.factors = factors;
        this.codes = codes;
        this.users = users;
        this.roles = roles;
        this.access = access;
        this.accountDuties = accountDuties;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.USER_READ + "')")
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
    @PreAuthorize("hasAuthority('" + IdentityPermissions.SECOND_FACTOR_RESET + "')")
    public void reset(long userId) {
        // the table of duties decides (AccountOperation.RESET_SECOND_FACTOR): nobody on themselves, only accounts
        // wholly inside the actor's scope, no peer of the security duty at the actor's level
        accountDuties.checkAnyone(AccountOperation.RESET_SECOND_FACTOR, userId);
        long me = access.requireUser().id();
        UserAccount user = users.findById(userId)
                .filter(u -> u.id() == me || access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
        accountDuties.check(AccountOperation.RESET_SECOND_FACTOR, user);
        if (!factors.existsById(userId)) {
            throw new DomainException("secondFactor.reset.none");
        }
        factors.deleteById(userId);
        codes.deleteByUserId(userId);
        events.publishEvent(new SecondFactorReset(userId, user.username()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_READ + "')")
    public RoleRequirement requirementOf(long roleId) {
        Role role = role(roleId);
        return new RoleRequirement(role.secondFactorRequired(), policy.administratorRequirement(role));
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_WRITE + "')")
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
