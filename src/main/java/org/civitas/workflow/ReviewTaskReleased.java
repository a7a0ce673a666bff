package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The assignee gave a review task back to all candidates of its step. */
@Audited(action = "review:release", id = "subject")
public record ReviewTaskReleased(
        String reviewId, String taskId, ReviewSubject subject, int stepNumber, String stepName, String actor)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewTaskReleased", reviewId, stepNumber, stepName);
    }
}
