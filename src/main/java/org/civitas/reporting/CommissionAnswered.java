package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A unit's submission answering a commission reached the office ({@code late} when after the due date). */
@Audited(action = "reporting:commission-answer", object = "Commission", id = "commissionId")
public record CommissionAnswered(long commissionId, long organisationId, long submissionId, boolean late)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(late ? "CommissionAnsweredLate" : "CommissionAnswered", organisationId, submissionId);
    }
}
