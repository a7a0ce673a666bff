package org.civitas.search.internal;

import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.civitas.platform.PublicPaths;
import org.civitas.search.SearchPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search module's permissions, console navigation and public paths. */
@Configuration(proxyBeanMethods = false)
class SearchPermissionsAndMenu {

    /** Managing the index is configuration work: the system administrator's duty. */
    @Bean
    ModulePermissions searchPermissions() {
        return ModulePermissions.of(PermissionDefinition.of(SearchPermissions.MANAGE, AdministrativeDuty.SYSTEM));
    }

    /** Every signed-in user may search; results show only what each module lets them see. */
    @Bean
    NavigationMenu searchMenu() {
        return NavigationMenu.of(
                new NavigationItem("nav.group.search", "nav.search", "/admin/search", null, "search", 50),
                new NavigationItem(
                        "nav.group.search",
                        "nav.searchIndex",
                        "/admin/search/index",
                        SearchPermissions.MANAGE,
                        "database-gear",
                        60));
    }

    @Bean
    PublicPaths searchPublicPaths() {
        return PublicPaths.of("/search", "/s/*/search");
    }
}
