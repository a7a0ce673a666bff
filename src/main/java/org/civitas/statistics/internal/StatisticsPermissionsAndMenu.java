package org.civitas.statistics.internal;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.civitas.statistics.StatisticsPermissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statistics module's permission and console navigation (ordinary work, no administrative duty). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsSettings.class)
class StatisticsPermissionsAndMenu {

    @Bean
    ModulePermissions statisticsPermissions() {
        return ModulePermissions.of(PermissionDefinition.of(StatisticsPermissions.READ));
    }

    @Bean
    NavigationMenu statisticsMenu() {
        return NavigationMenu.of(new NavigationItem(
                "nav.group.desk",
                "nav.statistics",
                "/admin/statistics",
                StatisticsPermissions.READ,
                "bar-chart-line",
                470));
    }
}
