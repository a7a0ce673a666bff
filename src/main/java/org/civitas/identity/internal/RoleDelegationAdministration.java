package org.civitas.identity.internal;

import java.util.List;
import org.civitas.identity.IdentityEvent.RoleDelegableChanged;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDelegation;
import org.civitas.identity.RoleView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security administrator's mark on roles that user administrators may grant within their scope. */
@Service
@Transactional
class RoleDelegationAdministration implements RoleDelegation {

    private final Roles roles;
    private final DutyClassifier duties;
    private final AccountDuties accountDuties;
    private final ApplicationEventPublisher events;
    private final RoleNames names;

    RoleDelegationAdministration(
            Roles roles,
            DutyClassifier duties,
            AccountDuties accountDuties,
            ApplicationEventPublisher events,
            RoleNames names) {
        this.names = names;
        this.roles = roles;
        this.duties = duties;
        this.accountDuties = accountDuties;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('" + IdentityPermissions.ROLE_READ + "', '" + IdentityPermissions.USER_WRITE + "')")
    public List<RoleView> delegable() {
        return roles.findAllByOrderByBuiltinDescCodeAsc().stream()
                .filter(Role::delegable)
                .filter(r -> duties.ofRoles(List.of(r)).isEmpty())
                .map(names::view)
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_WRITE + "')")
    public void delegate(long roleId, boolean delegable) {
        Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException("Role", roleId));
        // changing what others may grant is changing the role: refused on a role one holds, as any change of it
        accountDuties.checkRole(AccountOperation.UPDATE_ROLE, role, role.permissions());
        if (delegable && !duties.ofRoles(List.of(role)).isEmpty()) {
            throw new DomainException("role.delegable.duty", role.name());
        }
        if (role.delegable() != delegable) {
            role.delegate(delegable);
            events.publishEvent(new RoleDelegableChanged(roleId, role.code(), delegable));
        }
    }
}
