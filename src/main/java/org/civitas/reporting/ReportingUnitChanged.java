package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An organisation became a reporting unit, changed type ({@code type} set), or stopped reporting ({@code type} null). */
@Audited(object = "ReportingUnit", id = "organisationId")
public record ReportingUnitChanged(long organisationId, String name, UnitType type) implements AuditableEvent {
    @Override
    public String action() {
        return type == null ? "reporting:unit-remove" : "reporting:unit-flag";
    }

    @Override
    public String summary() {
        return type == null
                ? AuditSummary.of("ReportingUnitRemoved", name)
                : AuditSummary.of("ReportingUnitFlagged", name, AuditSummary.label("reporting.unitType.", type));
    }
}
