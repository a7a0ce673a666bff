package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A step other than the last was approved; the review waits at the next step. */
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
    public String action() {
        return "review:approve";
    }

    @Override
    public String objectType() {
        return subject.type();
    }

    @Override
    public String objectId() {
        return subject.id();
    }

    @Override
    public String summary() {
        return AuditSummary.of("ReviewStepApproved", reviewId, stepNumber, stepName, nextStepNumber, nextStepName);
    }
}
