package org.civitas.content.internal;

import org.civitas.content.ContentPermissions;
import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PageGuard;
import org.civitas.platform.PermissionDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
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

    /**
     * The article settings entry is shown only to those its page admits, so it asks the page's own guard
     * (content.web's {@code ArticleSettingsAccess}).
     */
    @Bean
    NavigationMenu contentMenu(@Qualifier("articleSettingsGuard") PageGuard articleSettings) {
        return NavigationMenu.of(
                new NavigationItem(
                        "nav.group.content",
                        "nav.articles",
                        "/admin/articles",
                        ContentPermissions.WRITE,
                        "file-earmark-text",
                        400),
                new NavigationItem(
                        "nav.group.content",
                        "nav.shares",
                        "/admin/articles/shares",
                        ContentPermissions.WRITE,
                        "share",
                        405),
                new NavigationItem(
                        "nav.group.content",
                        "nav.articleSettings",
                        "/admin/articles/settings",
                        null,
                        "sliders",
                        410,
                        articleSettings));
    }
}
