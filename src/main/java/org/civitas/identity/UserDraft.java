package org.civitas.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a system administrator types to create or change a user. {@code initialPassword} is used
 * on creation only; when blank a strong one is generated and shown once.
 */
public record UserDraft(
        @NotBlank @Size(min = 2, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long organisationId,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone,
        String initialPassword) {}
