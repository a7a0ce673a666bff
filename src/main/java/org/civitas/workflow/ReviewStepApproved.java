package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A step other than the last was approved; the review waits at the next step. */
@Audited(action = "review:approve", id = "subject")
public record ReviewStepApproved(
        String reviewId,
        ReviewSubject subject,
        int stepNumber,
        String stepName,
        String actor,
        String comment,
        int nextStepNumber,
        String nextStepName)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewStepApproved", reviewId, stepNumber, stepName, nextStepNumber, nextStepName);
    }
}
