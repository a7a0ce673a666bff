package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An identity held outside Civitas (a directory entry, an identity-platform subject, a client
 * certificate's subject) that signs in as one account. {@code provisioned} marks an account that
 * the first external sign-in created: it has no password of its own until an administrator sets one.
 */
@Entity
@Table(name = "external_account")
class ExternalAccount {

    static final String LDAP = "ldap";
    static final String OIDC = "oidc";
    static final String X509 = "x509";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    private String method;
    private String subject;
    private boolean provisioned;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected ExternalAccount() {}

    ExternalAccount(long userId, String method, String subject, boolean provisioned, Instant now) {
        this.userId = userId;
        this.method = method;
        this.subject = subject;
        this.provisioned = provisioned;
        this.createdAt = now;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }

    /** The account received a password of its own. */
    void passwordSet() {
        provisioned = false;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String method() {
        return method;
    }

    String subject() {
        return subject;
    }

    boolean provisioned() {
        return provisioned;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }
}
