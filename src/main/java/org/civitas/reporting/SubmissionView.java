package org.civitas.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One submission with its content. The unit's original is never changed by the office: an edit is
 * kept in {@code editedTitle}/{@code editedBody} (null until the office edits).
 *
 * @param returnReason why the unit head or the office sent it back, or null
 * @param adoptionId the adopted item it was used in, or null
 * @param commissionId the commission (约稿) it answers, or null
 */
public record SubmissionView(
        long id,
        long organisationId,
        String unitName,
        UnitType unitType,
        String title,
        String body,
        Category category,
        Urgency urgency,
        String label,
        String signer,
        String contact,
        List<Long> attachmentIds,
        SubmissionState state,
        String author,
        String returnReason,
        String editedTitle,
        String editedBody,
        String editedBy,
        Long adoptionId,
        long version,
        Instant createdAt,
        Instant submittedAt,
        Instant decidedAt,
        Long commissionId) {

    public boolean edited() {
        return editedTitle != null;
    }

    /** The office's version when there is one, else the unit's. */
    public String currentTitle() {
        return edited() ? editedTitle : title;
    }

    public String currentBody() {
        return edited() ? editedBody : body;
    }
}
