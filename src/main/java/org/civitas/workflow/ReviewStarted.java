package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A review started and waits at its first step (chains without steps publish {@link ReviewCompleted} instead). */
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
    public String action() {
        return "review:start";
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
        return AuditSummary.of("ReviewStarted", reviewId, chainCode, stepCount, firstStepName, candidateGroup);
    }
}
