package org.civitas.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civitas.identity.PasswordPolicy;

/** The single row holding the password and session policy the security administrator sets. */
@Entity
@Table(name = "password_policy")
class PasswordPolicyRecord {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "min_length")
    private int minLength;

    @Column(name = "min_classes")
    private int minClasses;

    @Column(name = "history_size")
    private int historySize;

    @Column(name = "max_failures")
    private int maxFailures;

    @Column(name = "lockout_minutes")
    private int lockoutMinutes;

    @Column(name = "idle_timeout_minutes")
    private int idleTimeoutMinutes;

    @Column(name = "max_age_days")
    private int maxAgeDays;

    @Version
    private long version;

    protected PasswordPolicyRecord() {}

    PasswordPolicy view() {
        return new PasswordPolicy(
                minLength, minClasses, historySize, maxFailures, lockoutMinutes, idleTimeoutMinutes, maxAgeDays);
    }

    void apply(PasswordPolicy p) {
        minLength = p.minLength();
        minClasses = p.minClasses();
        historySize = p.historySize();
        maxFailures = p.maxFailures();
        lockoutMinutes = p.lockoutMinutes();
        idleTimeoutMinutes = p.idleTimeoutMinutes();
        maxAgeDays = p.maxAgeDays();
    }
}
