package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The assignee gave a review task back to all candidates of its step. */
public record ReviewTaskReleased(
        String reviewId, String taskId, ReviewSubject subject, int stepNumber, String stepName, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "review:release";
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
        return AuditSummary.of("ReviewTaskReleased", reviewId, stepNumber, stepName);
    }
}
