package org.civitas.identity;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * What signing in through a directory, an identity platform or a certificate changes; each is one
 * audit record. (The sign-in itself is recorded from Spring Security's events, with its method.)
 */
public sealed interface SignInEvent extends AuditableEvent {

    /** A first external sign-in created the account; {@code grants} lists what directory groups gave it. */
    record ExternalAccountCreated(long userId, String username, String method, String subject, String grants)
            implements SignInEvent {
        public String action() {
            return "user:create-external";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(userId);
        }

        public String summary() {
            return AuditSummary.of("ExternalAccountCreated", username, method, subject, grants);
        }
    }

    /** An external identity now signs in as this existing account. */
    record ExternalAccountLinked(long userId, String username, String method, String subject) implements SignInEvent {
        public String action() {
            return "user:link-external";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(userId);
        }

        public String summary() {
            return AuditSummary.of("ExternalAccountLinked", username, method, subject);
        }
    }

    /** An external identity no longer signs in as this account. */
    record ExternalAccountUnlinked(long userId, String username, String method, String subject) implements SignInEvent {
        public String action() {
            return "user:unlink-external";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(userId);
        }

        public String summary() {
            return AuditSummary.of("ExternalAccountUnlinked", username, method, subject);
        }
    }

    /** IdentityLookup groups changed the account's grants at sign-in. */
    record DirectoryGrantsChanged(long userId, String username, String added, String removed) implements SignInEvent {
        public String action() {
            return "grant:directory-sync";
        }

        public String objectType() {
            return "User";
        }

        public String objectId() {
            return String.valueOf(userId);
        }

        public String summary() {
            return AuditSummary.of("DirectoryGrantsChanged", username, added, removed);
        }
    }
}
