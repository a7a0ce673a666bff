package org.civitas.publishing.internal;

import org.civitas.platform.AdministrativeDuty;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.civitas.platform.PublicPaths;
import org.civitas.publishing.PublishingPermissions;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.SitePermissions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publishing module's permission, console navigation, settings and the public paths of the sites. Each path is a public page, file or feed of a site; none of them
 * reaches {@code /admin/**} or another module's API ({@code /api/v1/sites/*}/articles is only the
 * public aggregation list).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingSettings.class)
class PublishingPermissionsAndMenu {

    @Bean
    NavigationMenu publishingMenu() {
        return NavigationMenu.of(
                new NavigationItem(
                        "nav.group.sites",
                        "nav.publishing",
                        "/admin/publishing",
                        SitePermissions.SITE_MANAGE,
                        "palette",
                        330),
                new NavigationItem(
                        "nav.group.security",
                        "nav.themeApprovals",
                        "/admin/theme-approvals",
                        PublishingPermissions.THEME_APPROVE,
                        "patch-check",
                        260));
    }

    @Bean
    ModulePermissions publishingPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(PublishingPermissions.THEME_APPROVE, AdministrativeDuty.SECURITY));
    }

    @Bean
    PublicPaths publishingPublicPaths() {
        return PublicPaths.of(
                "/",
                "/index.html",
                "/c/**",
                "/a/**",
                "/disclosure/**",
                "/feed.atom",
                "/feed.rss",
                "/sitemap.xml",
                "/files/**",
                "/assets/**",
                "/s/**",
                "/api/v1/sites/*/articles");
    }
}
