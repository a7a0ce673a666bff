package org.civitas.site.internal;

import static org.civitas.platform.AdministrativeDuty.SYSTEM;
import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site module's permissions and console navigation. */
@Configuration(proxyBeanMethods = false)
class SitePermissionsAndMenu {

    @Bean
    ModulePermissions sitePermissions() {
        return ModulePermissions.of(PermissionDefinition.of(SITE_CREATE, SYSTEM), PermissionDefinition.of(SITE_MANAGE));
    }

    @Bean
    NavigationMenu siteMenu() {
        return NavigationMenu.of(
                new NavigationItem("nav.group.sites", "nav.sites", "/admin/sites", SITE_MANAGE, "globe2", 300),
                new NavigationItem(
                        "nav.group.sites",
                        "nav.siteCompliance",
                        "/admin/sites/compliance",
                        SITE_MANAGE,
                        "clipboard-check",
                        310),
                new NavigationItem(
                        "nav.group.sites", "nav.blueprints", "/admin/blueprints", SITE_CREATE, "diagram-2", 320));
    }
}
