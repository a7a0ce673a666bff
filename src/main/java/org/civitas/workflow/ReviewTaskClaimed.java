package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A candidate took a review task; the other candidates no longer see it. */
public record ReviewTaskClaimed(
        String reviewId, String taskId, ReviewSubject subject, int stepNumber, String stepName, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "review:claim";
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
        return AuditSummary.of("ReviewTaskClaimed", reviewId, stepNumber, stepName);
    }
}
