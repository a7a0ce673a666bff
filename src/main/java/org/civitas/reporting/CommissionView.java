package org.civitas.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commission with the asked units the viewer may see and how each stands.
 *
 * @param targets the asked units in the viewer's scope (all of them for the office, their own for a unit)
 */
public record CommissionView(
        long id,
        String title,
        String description,
        LocalDate dueDate,
        CommissionState state,
        String issuedBy,
        Instant issuedAt,
        String closedBy,
        Instant closedAt,
        List<Target> targets) {

    public CommissionView {
        targets = List.copyOf(targets);
    }

    /** How many of the visible targets stand at {@code status}. */
    public long count(AnswerStatus status) {
        return targets.stream().filter(t -> t.status() == status).count();
    }

    public boolean open() {
        return state == CommissionState.OPEN;
    }

    /**
     * One asked unit.
     *
     * @param submissionId the first answer, or null
     * @param answeredAt when that answer reached the office, or null
     */
    public record Target(
            long organisationId, String unitName, AnswerStatus status, Long submissionId, Instant answeredAt) {}
}
