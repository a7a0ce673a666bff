package org.civitas.identity;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** Everything the identity module changes, as past-tense events; each is one audit record. */
public sealed interface IdentityEvent extends AuditableEvent {

    record OrganisationCreated(long id, String name, Long parentId) implements IdentityEvent {
        public String action() {
            return "organisation:create";
        }

        public String objectType() {
            return "Organisation";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("OrganisationCreated", name, parentId);
        }
    }

    record OrganisationUpdated(long id, String name, String code, String kind) implements IdentityEvent {
        public String action() {
            return "organisation:update";
        }

        public String objectType() {
            return "Organisation";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("OrganisationUpdated", name, code, kind);
        }
    }

    record OrganisationMoved(long id, String name, Long fromParentId, Long toParentId) implements IdentityEvent {
        public String action() {
            return "organisation:move";
        }

        public String objectType() {
            return "Organisation";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("OrganisationMoved", name, fromParentId, toParentId);
        }
    }

    record OrganisationDeleted(long id, String name) implements IdentityEvent {
        public String action() {
            return "organisation:delete";
        }

        public String objectType() {
            return "Organisation";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("OrganisationDeleted", name);
        }
    }

    record UserCreated(long id, String username, long organisationId) implements IdentityEvent {
        public String action() {
            return "user:create";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("UserCreated", username, organisationId);
        }
    }

    /**
     * What changed is a list of labels (a field's name, or the organisation with its ids before and after),
     * never prose: the summary reads in the reader's language.
     */
    record UserUpdated(long id, String username, List<AuditSummary.Label> changes) implements IdentityEvent {

        public UserUpdated {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public String action() {
            return "user:update";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return changes.isEmpty()
                    ? AuditSummary.of("UserUpdatedNothing", username)
                    : AuditSummary.of("UserUpdated", username, changes);
        }
    }

    record UserEnabledChanged(long id, String username, boolean enabled) implements IdentityEvent {
        public String action() {
            return enabled ? "user:enable" : "user:disable";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of(enabled ? "UserEnabled" : "UserDisabled", username);
        }
    }

    record UserLocked(long id, String username, java.time.Instant until) implements IdentityEvent {
        public String action() {
            return "user:lock";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("UserLocked", username, until);
        }
    }

    record UserUnlocked(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:unlock";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("UserUnlocked", username);
        }
    }

    record PasswordReset(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:reset-password";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("PasswordReset", username);
        }
    }

    record PasswordChanged(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:change-password";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("PasswordChanged", username);
        }
    }

    record ClearanceChanged(long id, String username, String from, String to) implements IdentityEvent {
        public String action() {
            return "clearance:write";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("ClearanceChanged", username, from, to);
        }
    }

    record RoleSaved(long id, String code, boolean created, java.util.Set<String> permissions)
            implements IdentityEvent {
        public String action() {
            return created ? "role:create" : "role:update";
        }

        public String objectType() {
            return "Role";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of(
                    created ? "RoleCreated" : "RoleUpdated",
                    code,
                    String.join(", ", new java.util.TreeSet<>(permissions)));
        }
    }

    record RoleDeleted(long id, String code) implements IdentityEvent {
        public String action() {
            return "role:delete";
        }

        public String objectType() {
            return "Role";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("RoleDeleted", code);
        }
    }

    record RoleGranted(long grantId, String username, String roleCode, DataScope scope, long organisationId)
            implements IdentityEvent {
        public String action() {
            return "grant:create";
        }

        public String objectType() {
            return "RoleGrant";
        }

        public String objectId() {
            return String.valueOf(grantId);
        }

        public String summary() {
            return AuditSummary.of(
                    "RoleGranted", username, roleCode, AuditSummary.label("scope.", scope), organisationId);
        }
    }

    record GrantRevoked(long grantId, String username, String roleCode) implements IdentityEvent {
        public String action() {
            return "grant:revoke";
        }

        public String objectType() {
            return "RoleGrant";
        }

        public String objectId() {
            return String.valueOf(grantId);
        }

        public String summary() {
            return AuditSummary.of("GrantRevoked", username, roleCode);
        }
    }

    record PasswordPolicyChanged(PasswordPolicy policy) implements IdentityEvent {
        public String action() {
            return "policy:write";
        }

        public String objectType() {
            return "PasswordPolicy";
        }

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

    record TokenIssued(long tokenId, String username, String name, java.time.Instant expiresAt)
            implements IdentityEvent {
        public String action() {
            return "token:create";
        }

        public String objectType() {
            return "ApiToken";
        }

        public String objectId() {
            return String.valueOf(tokenId);
        }

        public String summary() {
            return AuditSummary.of("TokenIssued", username, name, expiresAt);
        }
    }

    record TokenRevoked(long tokenId, String username, String name) implements IdentityEvent {
        public String action() {
            return "token:revoke";
        }

        public String objectType() {
            return "ApiToken";
        }

        public String objectId() {
            return String.valueOf(tokenId);
        }

        public String summary() {
            return AuditSummary.of("TokenRevoked", username, name);
        }
    }

    record SecondFactorEnrolled(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:enrol-second-factor";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("SecondFactorEnrolled", username);
        }
    }

    /**
     * A signed-in person replaced their own authenticator (a new phone) from their account page, after
     * confirming with their password and a code of the old one; their recovery codes were replaced too.
     */
    record SecondFactorReplaced(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:replace-second-factor";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("SecondFactorReplaced", username);
        }
    }

    /** The second step of a sign-in passed, by {@code totp} or {@code recovery-code}. */
    record SecondFactorPassed(long id, String username, String method, long recoveryCodesLeft)
            implements IdentityEvent {
        public String action() {
            return "user:second-factor";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of(
                    "SecondFactorPassed",
                    username,
                    AuditSummary.label("audit.secondFactor." + method),
                    recoveryCodesLeft);
        }
    }

    record SecondFactorReset(long id, String username) implements IdentityEvent {
        public String action() {
            return "user:reset-second-factor";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of("SecondFactorReset", username);
        }
    }

    record RoleSecondFactorChanged(long id, String code, boolean required) implements IdentityEvent {
        public String action() {
            return "role:second-factor";
        }

        public String objectType() {
            return "Role";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of(required ? "RoleSecondFactorRequired" : "RoleSecondFactorOptional", code);
        }
    }

    record RoleDelegableChanged(long id, String code, boolean delegable) implements IdentityEvent {
        public String action() {
            return "role:delegable";
        }

        public String objectType() {
            return "Role";
        }

        public String objectId() {
            return String.valueOf(id);
        }

        public String summary() {
            return AuditSummary.of(delegable ? "RoleDelegable" : "RoleNotDelegable", code);
        }
    }
}
