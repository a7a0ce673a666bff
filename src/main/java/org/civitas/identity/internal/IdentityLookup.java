package org.civitas.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Identity's trusted ports: organisations and users read for other modules, with no permission check. */
@Component
@Transactional(readOnly = true)
class IdentityLookup implements OrganisationDirectory, UserDirectory {

    private final Organisations organisations;
    private final Users users;
    private final RoleGrants grants;
    private final Roles roles;
    private final RoleNames names;

    IdentityLookup(Organisations organisations, Users users, RoleGrants grants, Roles roles, RoleNames names) {
        this.organisations = organisations;
        this.users = users;
        this.grants = grants;
        this.roles = roles;
        this.names = names;
    }

    @Override
    public Optional<OrganisationView> find(long id) {
        return organisations.findById(id).map(Organisation::view);
    }

    @Override
    public List<OrganisationView> subtree(long id) {
        return organisations
                .findById(id)
                .map(o -> organisations.findSubtree(o.path()).stream()
                        .map(Organisation::view)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<OrganisationView> all() {
        return organisations.findAllInTreeOrder().stream()
                .map(Organisation::view)
                .toList();
    }

    @Override
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), u.organisationId(), u.clearance()));
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, List<String>> asGiven = new HashMap<>();
        usernames.stream()
                .filter(u -> u != null && !u.isBlank())
                .distinct()
                .forEach(u -> asGiven.computeIfAbsent(u.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(u));
        Map<String, String> names = new HashMap<>();
        if (asGiven.isEmpty()) {
            return names;
        }
        for (UserAccount user : users.findByLowerCaseUsernames(asGiven.keySet())) {
            String name = user.displayName();
            if (name != null && !name.isBlank()) {
                asGiven.getOrDefault(user.username().toLowerCase(Locale.ROOT), List.of())
                        .forEach(given -> names.put(given, name));
            }
        }
        return names;
    }

    @Override
    public Optional<String> roleName(String code) {
        return code == null ? Optional.empty() : roles.findByCode(code).map(r -> names.name(r.code(), r.name()));
    }

    @Override
    public Set<String> workflowGroups(String username) {
        Set<String> groups = new LinkedHashSet<>();
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            for (RoleGrant grant : grants.findByUserId(user.id())) {
                String role = "role:" + grant.role().code();
                groups.add(role);
                if (grant.scope() == DataScope.ALL) {
                    organisations.findAll().forEach(o -> groups.add(role + "@org:" + o.id()));
                } else if (grant.scope() == DataScope.SUBTREE) {
                    organisations
                            .findById(grant.organisationId())
                            .ifPresent(o -> organisations
                                    .findSubtreeIds(o.path())
                                    .forEach(id -> groups.add(role + "@org:" + id)));
                } else {
                    groups.add(role + "@org:" + grant.organisationId());
                }
            }
        });
        return groups;
    }
}
