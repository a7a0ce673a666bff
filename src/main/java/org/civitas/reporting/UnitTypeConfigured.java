package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The quota or sign-off chain of a unit type changed. */
@Audited(action = "reporting:unit-type", object = "ReportingUnitType", id = "")
public record UnitTypeConfigured(UnitType type, int monthlyQuota, String signoffChain) implements AuditableEvent {
    @Override
    public String objectId() {
        return type.name();
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "UnitTypeConfigured", AuditSummary.label("reporting.unitType.", type), monthlyQuota, signoffChain);
    }
}
