package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A unit's submission answering a commission reached the office ({@code late} when after the due date). */
public record CommissionAnswered(long commissionId, long organisationId, long submissionId, boolean late)
        implements AuditableEvent {

    @Override
    public String action() {
        return "reporting:commission-answer";
    }

    @Override
    public String objectType() {
        return "Commission";
    }

    @Override
    public String objectId() {
        return String.valueOf(commissionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(late ? "CommissionAnsweredLate" : "CommissionAnswered", organisationId, submissionId);
    }
}
