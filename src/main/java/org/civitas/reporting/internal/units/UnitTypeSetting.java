package org.civitas.reporting.internal.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.UnitTypeSettings;

/** Quota and sign-off chain of one unit type; the migration creates a row per type. */
@Entity
@Table(name = "reporting_unit_type")
public class UnitTypeSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private UnitType type;

    @Column(name = "monthly_quota", nullable = false)
    private int monthlyQuota;

    @Column(name = "signoff_chain", length = 64)
    private String signoffChain;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UnitTypeSetting() {}

    public UnitType type() {
        return type;
    }

    String signoffChain() {
        return signoffChain;
    }

    long version() {
        return version;
    }

    void configure(int monthlyQuota, String signoffChain, Instant now) {
        this.monthlyQuota = monthlyQuota;
        this.signoffChain = signoffChain;
        this.updatedAt = now;
    }

    public UnitTypeSettings view() {
        return new UnitTypeSettings(type, monthlyQuota, signoffChain, version);
    }
}
