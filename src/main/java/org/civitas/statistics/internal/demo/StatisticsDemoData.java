package org.civitas.statistics.internal.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.platform.DemoData;
import org.civitas.platform.RunningAs;
import org.civitas.statistics.StatisticsPermissions;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's office roles (the desk's editor, the 信息科 of the journals, the office head who signs editions
 * off), the leader and the unit heads the
 * statistics, as the security administrator would: each sees the figures of the units their grant
 * reaches. Runs after the reporting and journal demo data, which create those roles.
 */
@Component
class StatisticsDemoData implements DemoData {

    static final List<String> ROLES =
            List.of("REPORTING_EDITOR", "INFO_OFFICE", "REPORTING_HEAD", "JOURNAL_SIGNER", "LEADER");

    private final RoleService roles;
    private final UserDetailsService users;

    StatisticsDemoData(RoleService roles, UserDetailsService users) {
        this.roles = roles;
        this.users = users;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void create() {
        CivitasUser secadmin;
        try {
            secadmin = (CivitasUser) users.loadUserByUsername("secadmin");
        } catch (UsernameNotFoundException e) {
            return;
        }
        RunningAs.account(secadmin, () -> {
            for (RoleView role : roles.roles()) {
                if (ROLES.contains(role.code()) && !role.permissions().contains(StatisticsPermissions.READ)) {
                    Set<String> permissions = new HashSet<>(role.permissions());
                    permissions.add(StatisticsPermissions.READ);
                    roles.update(role.id(), new RoleDraft(role.code(), role.name(), role.description(), permissions));
                }
            }
            return null;
        });
    }
}
