package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.civitas.platform.crypto.SensitiveText;

/** A person (or machine client's owner) who signs in. Login failures and lockout live here. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "organisation_id")
    private long organisationId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    private boolean enabled;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    private String clearance;

    // personal data: SM4-encrypted at rest under the gm profile, hence never searched in SQL
    @Convert(converter = SensitiveText.class)
    private String email;

    @Convert(converter = SensitiveText.class)
    private String phone;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            long organisationId,
            String passwordHash,
            boolean mustChangePassword,
            String clearance,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.clearance = clearance;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    void update(String displayName, long organisationId, String email, String phone) {
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.email = email;
        this.phone = phone;
    }

    void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

    // failed sign-ins are counted and the lock set by single statements (Users.countFailure), never here:
    // parallel attempts must each count

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean passwordExpired(int maxAgeDays, Instant now) {
        return maxAgeDays > 0
                && passwordChangedAt.plus(Duration.ofDays(maxAgeDays)).isBefore(now);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setClearance(String clearance) {
        this.clearance = clearance;
    }

    public Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    long organisationId() {
        return organisationId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String clearance() {
        return clearance;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    // service accounts (machine clients) never sign in with a password; set once, at creation
    @Column(name = "service_account")
    private boolean serviceAccount;

    void markServiceAccount() {
        serviceAccount = true;
    }

    boolean serviceAccount() {
        return serviceAccount;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
