package org.civitas.reporting;

import java.time.Instant;
import java.util.List;

/**
 * An adopted item (采用稿): one submission, or several merged (综合采用), each contributing unit credited.
 *
 * @param label the most sensitive label of its sources
 */
public record AdoptionView(
        long id,
        String title,
        String body,
        boolean merged,
        String label,
        String adoptedBy,
        Instant adoptedAt,
        List<Credit> credits) {

    /** A contributing submission and the unit it came from. */
    public record Credit(long submissionId, long organisationId, String unitName) {}
}
