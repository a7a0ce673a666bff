package org.civitas.storage.internal;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.platform.PermissionDefinition;
import org.civitas.storage.StoragePermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The storage module's permissions, so that roles can be composed from them. */
@Configuration(proxyBeanMethods = false)
class StoragePermissionsAndMenu {

    @Bean
    ModulePermissions storagePermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(StoragePermissions.UPLOAD),
                PermissionDefinition.of(StoragePermissions.UPLOAD_LARGE));
    }

    /** The allow-list of upload types, beside the other settings of the system administrator. */
    @Bean
    NavigationMenu storageMenu() {
        return NavigationMenu.of(new NavigationItem(
                "nav.group.system",
                "nav.uploadTypes",
                "/admin/upload-types",
                // identity's settings:write, spelled out: storage does not depend on identity
                "settings:write",
                "file-earmark-check",
                140));
    }
}
