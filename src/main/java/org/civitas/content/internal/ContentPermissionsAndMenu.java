package org.civitas.content.internal;

import org.civitas.content.ContentPermissions;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.PermissionDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The content module's permissions and console navigation. */
@Configuration(proxyBeanMethods = false)
class ContentPermissionsAndMenu {

    @Bean
    ModulePermissions contentPermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(ContentPermissions.WRITE), PermissionDefinition.of(ContentPermissions.SHARE));
    }

    @Bean
    NavigationItem articlesNavigation() {
        return new NavigationItem(
                "nav.group.content",
                "nav.articles",
                "/admin/articles",
                ContentPermissions.WRITE,
                "file-earmark-text",
                400);
    }

    @Bean
    NavigationItem sharesNavigation() {
        return new NavigationItem(
                "nav.group.content", "nav.shares", "/admin/articles/shares", ContentPermissions.WRITE, "share", 405);
    }
}
