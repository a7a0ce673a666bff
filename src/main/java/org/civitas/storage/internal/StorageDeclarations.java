package org.civitas.storage.internal;

import org.civitas.platform.ModulePermissions;
import org.civitas.platform.PermissionDefinition;
import org.civitas.storage.StoragePermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The storage module's permissions, so that roles can be composed from them. */
@Configuration(proxyBeanMethods = false)
class StorageDeclarations {

    @Bean
    ModulePermissions storagePermissions() {
        return ModulePermissions.of(
                PermissionDefinition.of(StoragePermissions.UPLOAD),
                PermissionDefinition.of(StoragePermissions.UPLOAD_LARGE));
    }
}
