package org.civitas.reporting;

import java.util.List;

/**
 * What a unit writes, in the console or through the API.
 *
 * @param unitId the reporting unit the item is sent for; may be {@code null} when the writer reports for one unit only
 * @param body rich text; sanitized before it is stored
 * @param label code of the security label (密级); the lowest when {@code null}
 * @param signer who signs it off in the unit (签发人), required
 * @param attachmentIds blob ids (uploaded through {@code /api/v1/blobs}) of images and attachments
 * @param commissionId the open commission (约稿) this answers, or {@code null}
 */
public record SubmissionDraft(
        Long unitId,
        String title,
        String body,
        Category category,
        Urgency urgency,
        String label,
        String signer,
        String contact,
        List<Long> attachmentIds,
        Long commissionId) {

    public SubmissionDraft {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A submission that answers no commission. */
    public SubmissionDraft(
            Long unitId,
            String title,
            String body,
            Category category,
            Urgency urgency,
            String label,
            String signer,
            String contact,
            List<Long> attachmentIds) {
        this(unitId, title, body, category, urgency, label, signer, contact, attachmentIds, null);
    }
}
