package org.civitas.identity;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** Everything the identity module changes, as past-tense events; each is one audit record. */
public sealed interface IdentityEvent extends AuditableEvent {

    @Audited(action = "organisation:create", object = "Organisation")
    record OrganisationCreated(long id, String name, Long parentId) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("OrganisationCreated", name, parentId);
        }
    }

    @Audited(action = "organisation:update", object = "Organisation")
    record OrganisationUpdated(long id, String name, String code, String kind) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("OrganisationUpdated", name, code, kind);
        }
    }

    @Audited(action = "organisation:move", object = "Organisation")
    record OrganisationMoved(long id, String name, Long fromParentId, Long toParentId) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("OrganisationMoved", name, fromParentId, toParentId);
        }
    }

    @Audited(action = "organisation:delete", object = "Organisation")
    record OrganisationDeleted(long id, String name) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("OrganisationDeleted", name);
        }
    }

    @Audited(action = "user:create", object = "User")
    record UserCreated(long id, String username, long organisationId) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("UserCreated", username, organisationId);
        }
    }

    /**
     * What changed is a list of labels (a field's name, or the organisation with its ids before and after),
     * never prose: the summary reads in the reader's language.
     */
    @Audited(action = "user:update", object = "User")
    record UserUpdated(long id, String username, List<AuditSummary.Label> changes) implements IdentityEvent {
        public UserUpdated {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public String summary() {
            return changes.isEmpty()
                    ? AuditSummary.of("UserUpdatedNothing", username)
                    : AuditSummary.of("UserUpdated", username, changes);
        }
    }

    @Audited(object = "User")
    record UserEnabledChanged(long id, String username, boolean enabled) implements IdentityEvent {
        public String action() {
            return enabled ? "user:enable" : "user:disable";
        }

        public String summary() {
            return AuditSummary.of(enabled ? "UserEnabled" : "UserDisabled", username);
        }
    }

    @Audited(action = "user:lock", object = "User")
    record UserLocked(long id, String username, java.time.Instant until) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("UserLocked", username, until);
        }
    }

    @Audited(action = "user:unlock", object = "User")
    record UserUnlocked(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("UserUnlocked", username);
        }
    }

    @Audited(action = "user:reset-password", object = "User")
    record PasswordReset(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("PasswordReset", username);
        }
    }

    @Audited(action = "user:change-password", object = "User")
    record PasswordChanged(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("PasswordChanged", username);
        }
    }

    @Audited(action = "clearance:write", object = "User")
    record ClearanceChanged(long id, String username, String from, String to) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("ClearanceChanged", username, from, to);
        }
    }

    @Audited(object = "Role")
    record RoleSaved(long id, String code, boolean created, java.util.Set<String> permissions)
            implements IdentityEvent {
        public String action() {
            return created ? "role:create" : "role:update";
        }

        public String summary() {
            return AuditSummary.of(
                    created ? "RoleCreated" : "RoleUpdated",
                    code,
                    String.join(", ", new java.util.TreeSet<>(permissions)));
        }
    }

    @Audited(action = "role:delete", object = "Role")
    record RoleDeleted(long id, String code) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("RoleDeleted", code);
        }
    }

    @Audited(action = "grant:create", object = "RoleGrant", id = "grantId")
    record RoleGranted(long grantId, String username, String roleCode, DataScope scope, long organisationId)
            implements IdentityEvent {
        public String summary() {
            return AuditSummary.of(
                    "RoleGranted", username, roleCode, AuditSummary.label("scope.", scope), organisationId);
        }
    }

    @Audited(action = "grant:revoke", object = "RoleGrant", id = "grantId")
    record GrantRevoked(long grantId, String username, String roleCode) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("GrantRevoked", username, roleCode);
        }
    }

    @Audited(action = "policy:write", object = "PasswordPolicy", id = "")
    record PasswordPolicyChanged(PasswordPolicy policy) implements IdentityEvent {
        public String objectId() {
            return "1";
        }

        public String summary() {
            return AuditSummary.of(
                    "PasswordPolicyChanged",
                    policy.minLength(),
                    policy.minClasses(),
                    policy.historySize(),
                    policy.maxFailures(),
                    policy.lockoutMinutes(),
                    policy.idleTimeoutMinutes(),
                    policy.maxAgeDays());
        }
    }

    @Audited(action = "token:create", object = "ApiToken", id = "tokenId")
    record TokenIssued(long tokenId, String username, String name, java.time.Instant expiresAt)
            implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("TokenIssued", username, name, expiresAt);
        }
    }

    @Audited(action = "token:revoke", object = "ApiToken", id = "tokenId")
    record TokenRevoked(long tokenId, String username, String name) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("TokenRevoked", username, name);
        }
    }

    @Audited(action = "user:enrol-second-factor", object = "User")
    record SecondFactorEnrolled(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("SecondFactorEnrolled", username);
        }
    }

    /**
     * A signed-in person replaced their own authenticator (a new phone) from their account page, after
     * confirming with their password and a code of the old one; their recovery codes were replaced too.
     */
    @Audited(action = "user:replace-second-factor", object = "User")
    record SecondFactorReplaced(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("SecondFactorReplaced", username);
        }
    }

    /** The second step of a sign-in passed, by {@code totp} or {@code recovery-code}. */
    @Audited(action = "user:second-factor", object = "User")
    record SecondFactorPassed(long id, String username, String method, long recoveryCodesLeft)
            implements IdentityEvent {
        public String summary() {
            return AuditSummary.of(
                    "SecondFactorPassed",
                    username,
                    AuditSummary.label("audit.secondFactor." + method),
                    recoveryCodesLeft);
        }
    }

    @Audited(action = "user:reset-second-factor", object = "User")
    record SecondFactorReset(long id, String username) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of("SecondFactorReset", username);
        }
    }

    @Audited(action = "role:second-factor", object = "Role")
    record RoleSecondFactorChanged(long id, String code, boolean required) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of(required ? "RoleSecondFactorRequired" : "RoleSecondFactorOptional", code);
        }
    }

    @Audited(action = "role:delegable", object = "Role")
    record RoleDelegableChanged(long id, String code, boolean delegable) implements IdentityEvent {
        public String summary() {
            return AuditSummary.of(delegable ? "RoleDelegable" : "RoleNotDelegable", code);
        }
    }
}
