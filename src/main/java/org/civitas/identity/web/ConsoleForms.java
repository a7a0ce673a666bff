package org.civitas.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.DataScope;

/** The small forms of the user and profile pages that the identity API takes as plain arguments. */
final class ConsoleForms {

    private ConsoleForms() {}

    /** A role to give a user over an organisation. */
    record GrantForm(
            @NotNull Long roleId,
            @NotNull DataScope scope,
            @NotNull Long organisationId) {}

    /** The security label a user may read up to. */
    record ClearanceForm(@NotBlank String clearance) {}

    /** A new API token: a name saying what it is for, how many days it is valid, and the permissions it may use. */
    record TokenForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(1) @Max(3650) Integer days,
            Set<String> scope) {

        TokenForm {
            scope = scope == null ? Set.of() : Set.copyOf(scope);
        }

        /** A fresh form with the read permissions ticked: tokens are read-only unless more is chosen. */
        static TokenForm empty(Set<String> grantable) {
            return new TokenForm(
                    "", 90, grantable.stream().filter(p -> p.endsWith(":read")).collect(Collectors.toSet()));
        }
    }

    /** The signed-in user's password change; the new password is typed twice. */
    /** Proof that it is the signed-in person before their authenticator is replaced. */
    record SecondFactorProofForm(
            @NotBlank String currentPassword, @NotBlank String code) {}

    /** A code from the new authenticator, confirming that it was set up. */
    record SecondFactorCodeForm(@NotBlank String code) {}

    record PasswordForm(
            @NotBlank String currentPassword,
            @NotBlank String newPassword,
            @NotBlank String confirmPassword) {}
}
