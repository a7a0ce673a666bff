package org.civitas.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or change an organisation. */
public record OrganisationDraft(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "{organisation.code.pattern}")
        String code,

        @NotBlank @Size(max = 32) String kind,
        Long parentId,
        int sortOrder) {

    /** Kinds offered in the console; other values are accepted for imported trees. */
    public static final java.util.List<String> KINDS =
            java.util.List.of("GOVERNMENT", "DEPARTMENT", "COUNTY", "OFFICE", "UNIT", "OTHER");
}
