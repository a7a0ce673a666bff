package org.civitas.journal.internal;

import static org.civitas.journal.JournalPermissions.COMPILE;
import static org.civitas.journal.JournalPermissions.MANAGE;
import static org.civitas.journal.JournalPermissions.READ;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The journal module's permissions and console navigation. */
@Configuration(proxyBeanMethods = false)
class JournalPermissionsAndMenu {

    /** Ordinary office work: none of these belongs to an administrative duty. */
    @Bean
    ModulePermissions journalPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(MANAGE), PermissionDefinition.of(COMPILE), PermissionDefinition.of(READ));
    }

    /** Compilers hold journal:read as well, so one editions entry serves office and readers. */
    @Bean
    NavigationMenu journalMenu() {
        return NavigationMenu.of(
                new NavigationItem("nav.group.journal", "nav.editions", "/admin/editions", READ, "journals", 500),
                new NavigationItem("nav.group.journal", "nav.forwards", "/admin/forwards", COMPILE, "send", 510),
                new NavigationItem(
                        "nav.group.journal", "nav.journals", "/admin/journals", MANAGE, "journal-text", 520));
    }
}
