package org.civitas.reporting;

import java.time.YearMonth;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The quota shortfalls of a month were recorded in the score ledger ({@code units} fell short). */
@Audited(action = "reporting:quota-settle", object = "ScoreLedger", id = "")
public record QuotaShortfallsSettled(YearMonth month, int units) implements AuditableEvent {
    @Override
    public String objectId() {
        return month.toString();
    }

    @Override
    public String summary() {
        return AuditSummary.of("QuotaShortfallsSettled", month, units);
    }
}
