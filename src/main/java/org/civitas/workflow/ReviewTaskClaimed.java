package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A candidate took a review task; the other candidates no longer see it. */
@Audited(action = "review:claim", id = "subject")
public record ReviewTaskClaimed(
        String reviewId, String taskId, ReviewSubject subject, int stepNumber, String stepName, String actor)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewTaskClaimed", reviewId, stepNumber, stepName);
    }
}
