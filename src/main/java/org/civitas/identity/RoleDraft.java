package org.civitas.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a security administrator types to create or change a role. The code cannot change once created. */
public record RoleDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{role.code.pattern}")
        String code,

        @NotBlank @Size(max = 100) String name,
        @Size(max = 500) String description,
        Set<String> permissions) {

    public RoleDraft {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}
