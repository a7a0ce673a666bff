package org.civitas.identity;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * What signing in through a directory, an identity platform or a certificate changes; each is one
 * audit record. (The sign-in itself is recorded from Spring Security's events, with its method.)
 */
public sealed interface SignInEvent extends AuditableEvent {

    /** A first external sign-in created the account; {@code grants} lists what directory groups gave it. */
    @Audited(action = "user:create-external", object = "User", id = "userId")
    record ExternalAccountCreated(long userId, String username, String method, String subject, String grants)
            implements SignInEvent {
        public String summary() {
            return AuditSummary.of("ExternalAccountCreated", username, method, subject, grants);
        }
    }

    /** An external identity now signs in as this existing account. */
    @Audited(action = "user:link-external", object = "User", id = "userId")
    record ExternalAccountLinked(long userId, String username, String method, String subject) implements SignInEvent {
        public String summary() {
            return AuditSummary.of("ExternalAccountLinked", username, method, subject);
        }
    }

    /** An external identity no longer signs in as this account. */
    @Audited(action = "user:unlink-external", object = "User", id = "userId")
    record ExternalAccountUnlinked(long userId, String username, String method, String subject) implements SignInEvent {
        public String summary() {
            return AuditSummary.of("ExternalAccountUnlinked", username, method, subject);
        }
    }

    /** Directory groups changed the account's grants at sign-in. */
    @Audited(action = "grant:directory-sync", object = "User", id = "userId")
    record DirectoryGrantsChanged(long userId, String username, String added, String removed) implements SignInEvent {
        public String summary() {
            return AuditSummary.of("DirectoryGrantsChanged", username, added, removed);
        }
    }
}
