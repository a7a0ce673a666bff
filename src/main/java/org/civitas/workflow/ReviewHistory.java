package org.civitas.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One review of an item, from start to finish (an item returned to its author and submitted again has
 * several).
 *
 * @param startedBy username of whoever started the review
 * @param endedAt when it finished, or {@code null} while in progress
 * @param entries every step taken, oldest first, then the open step if any
 */
public record ReviewHistory(
        String reviewId,
        String chainCode,
        String chainName,
        ReviewSubject subject,
        String startedBy,
        Instant startedAt,
        ReviewStatus status,
        Instant endedAt,
        List<Entry> entries) {

    public ReviewHistory {
        entries = List.copyOf(entries);
    }

    /**
     * One step taken (or, with {@link ReviewAction#PENDING}, waiting).
     *
     * @param actor username of whoever acted, or of the claimant of a pending step ({@code null} if unclaimed)
     * @param at when they acted, or when a pending step opened
     * @param comment the approval comment or the reason for returning, or {@code null}
     */
    public record Entry(
            int stepNumber,
            String stepName,
            String candidateGroup,
            ReviewAction action,
            String actor,
            Instant at,
            String comment) {}
}
