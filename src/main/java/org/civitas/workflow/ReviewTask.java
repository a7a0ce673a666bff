package org.civitas.workflow;

import java.time.Instant;

/**
 * One open step of a review, as the inbox shows it.
 *
 * @param taskId what {@link ReviewService#claim}, {@code approve} and the return methods take
 * @param stepNumber 1-based position of this step in the chain
 * @param candidateGroup who may act: {@code role:CODE} or {@code role:CODE@org:ID}
 * @param assignee username of whoever claimed the task, or {@code null} while unclaimed
 */
public record ReviewTask(
        String taskId,
        String reviewId,
        ReviewSubject subject,
        String chainCode,
        String chainName,
        int stepNumber,
        int stepCount,
        String stepName,
        String candidateGroup,
        String assignee,
        Instant createdAt) {

    public boolean claimed() {
        return assignee != null;
    }

    public boolean claimedBy(String username) {
        return assignee != null && assignee.equals(username);
    }

    /** Whether returning to the previous step would send the item back to its author. */
    public boolean firstStep() {
        return stepNumber == 1;
    }
}
