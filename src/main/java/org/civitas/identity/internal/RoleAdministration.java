package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.GRANT_WRITE;
import static org.civitas.identity.IdentityPermissions.USER_READ;
import static org.civitas.identity.IdentityPermissions.USER_WRITE;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civitas.identity.DataScope;
import org.civitas.identity.GrantView;
import org.civitas.identity.IdentityEvent.ClearanceChanged;
import org.civitas.identity.IdentityEvent.GrantRevoked;
import org.civitas.identity.IdentityEvent.RoleDeleted;
import org.civitas.identity.IdentityEvent.RoleGranted;
import org.civitas.identity.IdentityEvent.RoleSaved;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles, grants and clearances, keeping the three administrative duties apart (三员分立). */
@Service
@Transactional
class RoleAdministration implements RoleService {

    private final Roles roles;
    private final RoleGrants grants;
    private final Users users;
    private final Organisations organisations;
    private final CurrentAccess access;
    private final AccountDuties accountDuties;
    private final DutyClassifier duties;
    private final SecurityLabels labels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, PermissionDefinition> catalogue;
    private final RoleNames names;

    RoleAdministration(
            Roles roles,
            RoleGrants grants,
            Users users,
            Organisations organisations,
            CurrentAccess access,
            AccountDuties accountDuties,
            DutyClassifier duties,
            SecurityLabels labels,
            ApplicationEventPublisher events,
            Clock clock,
            RoleNames names) {
        this.roles = roles;
        this.grants = grants;
        this.users = users;
        this.organisations = organisations;
        this.access = access;
        this.accountDuties = accountDuties;
        this.duties = duties;
        this.labels = labels;
        this.events = events;
        this.clock = clock;
        this.catalogue = duties.catalogue();
        this.names = names;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_READ + "')")
    public List<RoleView> roles() {
        return roles.findAllByOrderByBuiltinDescCodeAsc().stream()
                .map(this::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_READ + "')")
    public RoleView get(long id) {
        return view(role(id));
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_WRITE + "')")
    public RoleView create(RoleDraft form) {
        if (roles.existsByCode(form.code())) {
            throw DomainException.onField("code", "role.code.taken", form.code());
        }
        checkPermissions(form.permissions());
        accountDuties.checkRole(AccountOperation.CREATE_ROLE, null, form.permissions());
        Role role =
                roles.save(new Role(form.code(), form.name().strip(), form.description(), false, form.permissions()));
        events.publishEvent(new RoleSaved(role.id(), role.code(), true, role.permissions()));
        return view(role);
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_WRITE + "')")
    public RoleView update(long id, RoleDraft form) {
        Role role = role(id);
        if (!role.code().equals(form.code())) {
            throw DomainException.onField("code", "role.code.immutable");
        }
        checkPermissions(form.permissions());
        accountDuties.checkRole(AccountOperation.UPDATE_ROLE, role, form.permissions());
        if (role.builtin() && !role.permissions().equals(form.permissions())) {
            throw DomainException.onField("permissions", "role.builtin.permissions");
        }
        if (role.delegable() && !dutiesOfCodes(form.permissions()).isEmpty()) {
            // user administrators may grant it: it must stay free of every administrative duty
            throw DomainException.onField("permissions", "role.delegable.duty", role.name());
        }
        role.update(form.name().strip(), form.description(), form.permissions());
        checkHoldersKeepDutiesApart(role);
        events.publishEvent(new RoleSaved(role.id(), role.code(), false, role.permissions()));
        return view(role);
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ROLE_WRITE + "')")
    public void delete(long id) {
        Role role = role(id);
        if (role.builtin()) {
            throw new DomainException("role.builtin.delete", role.code());
        }
        accountDuties.checkRole(AccountOperation.DELETE_ROLE, role, role.permissions());
        if (grants.existsByRoleId(id)) {
            throw new DomainException("role.delete.granted", role.code());
        }
        roles.delete(role);
        events.publishEvent(new RoleDeleted(id, role.code()));
    }

    @Override
    public List<PermissionDefinition> catalogue() {
        return catalogue.values().stream()
                .sorted(Comparator.comparing(PermissionDefinition::code))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('" + IdentityPermissions.ROLE_READ + "', '" + IdentityPermissions.USER_WRITE + "')")
    public List<GrantView> grantsOf(long userId) {
        UserAccount user = user(userId);
        return grants.findByUserId(userId).stream().map(g -> view(g, user)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GrantView> myGrants() {
        long me = access.requireUser().id();
        UserAccount user = users.findById(me).orElseThrow(() -> new NotFoundException("User", me));
        return grants.findByUserId(me).stream().map(g -> view(g, user)).toList();
    }

    @Override
    public GrantView grant(long userId, long roleId, DataScope scope, long organisationId) {
        Role role = role(roleId);
        // a user administrator grants a delegable role by the row of its own; every other grant is grant:write's
        boolean delegated = delegated(role);
        AccountOperation operation = delegated ? AccountOperation.GRANT_DELEGATED_ROLE : AccountOperation.GRANT_ROLE;
        accountDuties.checkAnyone(operation, userId);
        UserAccount user = user(userId);
        accountDuties.check(operation, user);
        if (scope == null) {
            throw DomainException.onField("scope", "grant.scope.required");
        }
        if (!organisations.existsById(organisationId)) {
            throw DomainException.onField("organisationId", "user.organisation.unknown");
        }
        var writeScope = access.scope(delegated ? USER_WRITE : GRANT_WRITE);
        if (!writeScope.contains(user.organisationId())
                || !writeScope.contains(organisationId)
                || (scope == DataScope.ALL && !writeScope.all())
                || (delegated
                        && scope == DataScope.SUBTREE
                        && !subtree(organisationId).stream().allMatch(writeScope::contains))) {
            throw new DomainException("grant.outsideScope");
        }
        if (grants.existsByUserIdAndRoleIdAndOrganisationId(userId, roleId, organisationId)) {
            throw new DomainException("grant.duplicate", role.name());
        }
        Set<AdministrativeDuty> held = dutiesOf(
                grants.findByUserId(userId).stream().map(RoleGrant::role).toList());
        held.addAll(dutiesOf(List.of(role)));
        if (held.size() > 1) {
            throw new DomainException("grant.dutiesMixed", user.username(), role.name());
        }
        RoleGrant grant = grants.save(new RoleGrant(userId, role, scope, organisationId, clock.instant()));
        events.publishEvent(new RoleGranted(grant.id(), user.username(), role.code(), scope, organisationId));
        return view(grant, user);
    }

    @Override
    public void revoke(long grantId) {
        RoleGrant grant = grants.findById(grantId).orElseThrow(() -> new NotFoundException("RoleGrant", grantId));
        revoke(grant.userId(), grantId);
    }

    @Override
    public void revoke(long userId, long grantId) {
        RoleGrant grant = grants.findById(grantId)
                .filter(g -> g.userId() == userId)
                .orElseThrow(() -> new NotFoundException("RoleGrant", grantId));
        AccountOperation operation =
                delegated(grant.role()) ? AccountOperation.REVOKE_DELEGATED_GRANT : AccountOperation.REVOKE_GRANT;
        accountDuties.checkAnyone(operation, grant.userId());
        UserAccount user = user(grant.userId());
        accountDuties.check(operation, user);
        grants.delete(grant);
        events.publishEvent(
                new GrantRevoked(grantId, user.username(), grant.role().code()));
    }

    @Override
    public void setClearance(long userId, String labelCode) {
        accountDuties.checkAnyone(AccountOperation.SET_CLEARANCE, userId);
        UserAccount user = user(userId);
        if (labels.find(labelCode).isEmpty()) {
            throw DomainException.onField("clearance", "clearance.unknown", labelCode);
        }
        accountDuties.check(AccountOperation.SET_CLEARANCE, user);
        String before = user.clearance();
        if (!Objects.equals(before, labelCode)) {
            user.setClearance(labelCode);
            events.publishEvent(new ClearanceChanged(userId, user.username(), before, labelCode));
        }
    }

    private void checkPermissions(Set<String> permissions) {
        for (String p : permissions) {
            if (!catalogue.containsKey(p)) {
                throw DomainException.onField("permissions", "role.permission.unknown", p);
            }
        }
        if (dutiesOfCodes(permissions).size() > 1) {
            throw DomainException.onField("permissions", "role.dutiesMixed");
        }
    }

    private void checkHoldersKeepDutiesApart(Role changed) {
        for (RoleGrant g : grants.findByRoleId(changed.id())) {
            var held = new java.util.ArrayList<Role>();
            grants.findByUserId(g.userId()).forEach(other -> held.add(other.role()));
            if (dutiesOf(held).size() > 1) {
                throw DomainException.onField("permissions", "role.dutiesMixedForHolder");
            }
        }
    }

    private Set<AdministrativeDuty> dutiesOf(List<Role> held) {
        return duties.ofRoles(held);
    }

    private Set<AdministrativeDuty> dutiesOfCodes(Set<String> codes) {
        return duties.ofCodes(codes);
    }

    /** Whether the actor works through the delegation of {@code role}: a user administrator, not the security one. */
    private boolean delegated(Role role) {
        var actor = access.requireUser();
        return role.delegable() && !actor.has(GRANT_WRITE) && actor.has(USER_WRITE);
    }

    private Set<Long> subtree(long organisationId) {
        return organisations
                .findById(organisationId)
                .map(o -> Set.copyOf(organisations.findSubtreeIds(o.path())))
                .orElse(Set.of(organisationId));
    }

    private Role role(long id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("Role", id));
    }

    private UserAccount user(long id) {
        long me = access.requireUser().id();
        return users.findById(id)
                .filter(u -> u.id() == me || access.scope(USER_READ).contains(u.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    private GrantView view(RoleGrant g, UserAccount user) {
        String orgName = organisations
                .findById(g.organisationId())
                .map(Organisation::name)
                .orElse("?");
        return new GrantView(
                g.id(),
                user.id(),
                user.username(),
                g.role().id(),
                g.role().code(),
                names.name(g.role().code(), g.role().name()),
                g.scope(),
                g.organisationId(),
                orgName);
    }

    private RoleView view(Role r) {
        return names.view(r);
    }
}
