package org.civitas.search.internal;

import java.nio.file.Path;
import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.PermissionDefinition;
import org.civitas.platform.PublicPaths;
import org.civitas.search.SearchPermissions;
import org.civitas.search.SearchSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search module's engine, permissions, console navigation and public paths. */
@Configuration(proxyBeanMethods = false)
class SearchDeclarations {

    /** Opened at start, so that a backend that cannot be reached stops the application with a clear message. */
    @Bean(initMethod = "start", destroyMethod = "close")
    SearchEngine searchEngine(
            SearchSettings settings, @Value("${civitas.data-dir}") Path dataDir, SettingsStore store) {
        Path root = settings.directory() != null ? settings.directory() : dataDir.resolve("search");
        return new SearchEngine(settings, root, store);
    }

    /** Managing the index is configuration work: the system administrator's duty. */
    @Bean
    ModulePermissions searchPermissions() {
        return ModulePermissions.of(PermissionDefinition.of(SearchPermissions.MANAGE, AdministrativeDuty.SYSTEM));
    }

    /** Every signed-in user may search; results show only what each module lets them see. */
    @Bean
    NavigationItem searchNavigation() {
        return new NavigationItem("nav.group.search", "nav.search", "/admin/search", null, "search", 50);
    }

    @Bean
    NavigationItem searchIndexNavigation() {
        return new NavigationItem(
                "nav.group.search",
                "nav.searchIndex",
                "/admin/search/index",
                SearchPermissions.MANAGE,
                "database-gear",
                60);
    }

    @Bean
    PublicPaths searchPublicPaths() {
        return PublicPaths.of("/search", "/s/*/search");
    }
}
