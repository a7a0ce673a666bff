package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A user's confirmed authenticator: the TOTP secret (encrypted) and the last time step whose code was
 * accepted. The version makes two simultaneous uses of one code conflict, so only one of them signs in.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @Column(name = "user_id")
    private Long userId;

    private String secret;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "last_used_step")
    private long lastUsedStep;

    @Version
    private long version;

    protected SecondFactor() {}

    SecondFactor(long userId, String encryptedSecret, long confirmedStep, Instant now) {
        this.userId = userId;
        this.secret = encryptedSecret;
        this.lastUsedStep = confirmedStep;
        this.enrolledAt = now;
    }

    /** Accepts a step newer than any accepted before; false for a replayed (or older) one. */
    boolean use(long step) {
        if (step <= lastUsedStep) {
            return false;
        }
        lastUsedStep = step;
        return true;
    }

    long userId() {
        return userId;
    }

    String secret() {
        return secret;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }
}
