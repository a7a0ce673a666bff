package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A review finished: {@link ReviewOutcome#APPROVED} when the last step was approved (or the chain had no
 * steps), {@link ReviewOutcome#RETURNED} when it was returned to the author. The owning module listens
 * for this to publish, adopt or sign off its item, or to hand it back to the author. It is the only
 * event of the action that finished the review.
 *
 * @param actor username of whoever took the final action (the starter, for a chain without steps)
 * @param stepNumber the step acted on, 0 for a chain without steps
 * @param comment the approval comment or the reason for returning, or {@code null}
 */
@Audited(action = "review:complete", id = "subject")
public record ReviewCompleted(
        String reviewId,
        String chainCode,
        ReviewSubject subject,
        ReviewOutcome outcome,
        String actor,
        int stepNumber,
        String comment)
        implements AuditableEvent {
    @Override
    public String summary() {
        return stepNumber == 0
                ? AuditSummary.of(
                        "ReviewCompletedWithoutSteps",
                        reviewId,
                        chainCode,
                        AuditSummary.label("audit.reviewOutcome.", outcome))
                : AuditSummary.of(
                        "ReviewCompleted",
                        reviewId,
                        chainCode,
                        AuditSummary.label("audit.reviewOutcome.", outcome),
                        stepNumber);
    }
}
