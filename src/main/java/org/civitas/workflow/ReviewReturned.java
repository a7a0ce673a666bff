package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A step was sent back to the previous step, with a reason (from the first step see {@link ReviewCompleted}). */
@Audited(action = "review:return", id = "subject")
public record ReviewReturned(
        String reviewId,
        ReviewSubject subject,
        int fromStepNumber,
        String fromStepName,
        int toStepNumber,
        String toStepName,
        String actor,
        String reason)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewReturned", reviewId, fromStepNumber, fromStepName, toStepNumber, toStepName);
    }
}
