package org.civitas.platform;

import java.util.List;

/** The permissions one module declares; each module contributes one bean of this type. */
public record ModulePermissions(List<PermissionDefinition> definitions) {

    public static ModulePermissions of(PermissionDefinition... definitions) {
        return new ModulePermissions(List.of(definitions));
    }
}
