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

/** The reporting flag of an organisation (identity's, referred to by id only) with its unit type. */
@Entity
@Table(name = "reporting_unit")
public class ReportingUnit {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitType type;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportingUnit() {}

    public ReportingUnit(long organisationId, UnitType type, Instant now) {
        this.organisationId = organisationId;
        this.type = type;
        this.updatedAt = now;
    }

    public long organisationId() {
        return organisationId;
    }

    public UnitType type() {
        return type;
    }

    void retype(UnitType type, Instant now) {
        this.type = type;
        this.updatedAt = now;
    }
}
