package org.civitas.identity.internal;

import java.util.List;
import org.civitas.identity.IdentityEvent.RoleDelegableChanged;
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
class RoleDelegations implements RoleDelegation {

    private final Roles roles;
    private final Duties duties;
    private final AccountRules rules;
    private final ApplicationEventPublisher events;
    private final RoleNames names;

    RoleDelegations(Roles roles, Duties duties, AccountRules rules, ApplicationEventPublisher events, RoleNames names) {
        this.names = names;
        this.roles = roles;
        this.duties = duties;
        this.rules = rules;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('role:read', 'user:write')")
    public List<RoleView> delegable() {
        return roles.findAllByOrderByBuiltinDescCodeAsc().stream()
                .filter(Role::delegable)
                .filter(r -> duties.ofRoles(List.of(r)).isEmpty())
                .map(names::view)
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('role:write')")
    public void delegate(long roleId, boolean delegable) {
        Role role = roles.findById(roleId).orElseThrow(() -> new NotFoundException("Role", roleId));
        // changing what others may grant is changing the role: refused on a role one holds, as any change of it
        rules.checkRole(AccountOperation.UPDATE_ROLE, role, role.permissions());
        if (delegable && !duties.ofRoles(List.of(role)).isEmpty()) {
            throw new DomainException("role.delegable.duty", role.name());
        }
        if (role.delegable() != delegable) {
            role.delegate(delegable);
            events.publishEvent(new RoleDelegableChanged(roleId, role.code(), delegable));
        }
    }
}
