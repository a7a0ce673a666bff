package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A review started and waits at its first step (chains without steps publish {@link ReviewCompleted} instead). */
@Audited(action = "review:start", id = "subject")
public record ReviewStarted(
        String reviewId,
        String chainCode,
        ReviewSubject subject,
        String startedBy,
        int stepCount,
        String firstStepName,
        String candidateGroup)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewStarted", reviewId, chainCode, stepCount, firstStepName, candidateGroup);
    }
}
