package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The quota or sign-off chain of a unit type changed. */
public record UnitTypeConfigured(UnitType type, int monthlyQuota, String signoffChain) implements AuditableEvent {

    @Override
    public String action() {
        return "reporting:unit-type";
    }

    @Override
    public String objectType() {
        return "ReportingUnitType";
    }

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
