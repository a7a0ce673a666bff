package org.civitas.reporting.web.submission;

import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.platform.RichText;
import org.civitas.reporting.Category;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionView;
import org.civitas.reporting.Urgency;
import org.springframework.validation.BindingResult;

/**
 * The unit's submission form as the console posts it; attachments are blob ids separated by commas or
 * spaces, kept in a hidden field by the form's script, which uploads the chosen files through the blob API.
 */
record SubmissionForm(
        Long unitId,
        String title,
        String body,
        Category category,
        Urgency urgency,
        String label,
        String signer,
        String contact,
        String attachments,
        Long version,
        Long commissionId) {

    static SubmissionForm empty(Long unitId, Long commissionId) {
        return new SubmissionForm(
                unitId, "", "", Category.GOVERNMENT_AFFAIRS, Urgency.ROUTINE, null, "", "", "", null, commissionId);
    }

    static SubmissionForm of(SubmissionView s) {
        return new SubmissionForm(
                s.organisationId(),
                s.title(),
                s.body(),
                s.category(),
                s.urgency(),
                s.label(),
                s.signer(),
                s.contact(),
                String.join(
                        ", ", s.attachmentIds().stream().map(String::valueOf).toList()),
                s.version(),
                s.commissionId());
    }

    SubmissionDraft toDraft() {
        return new SubmissionDraft(
                unitId, title, body, category, urgency, label, signer, contact, attachmentIds(), commissionId);
    }

    /** The attachment ids that parse, ignoring any that do not (for listing them again on a refused form). */
    List<Long> attachmentIdsLeniently() {
        List<Long> ids = new ArrayList<>();
        if (attachments != null) {
            for (String part : attachments.strip().split("[,，\\s]+")) {
                if (part.matches("[0-9]{1,18}")) {
                    ids.add(Long.parseLong(part));
                }
            }
        }
        return ids;
    }

    private List<Long> attachmentIds() {
        List<Long> ids = new ArrayList<>();
        if (attachments == null || attachments.isBlank()) {
            return ids;
        }
        for (String part : attachments.strip().split("[,，\\s]+")) {
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw DomainException.onField("attachments", "reporting.attachment.malformed", part);
            }
        }
        return ids;
    }

    /** Marks every required field left empty, so that an empty submit names them all at once. */
    void requireFilled(BindingResult result) {
        Forms.required(result, "title", title, "reporting.title.required");
        Forms.required(
                result,
                "body",
                body == null ? null : RichText.toPlainText(RichText.clean(body)),
                "reporting.body.required");
        Forms.required(result, "category", category, "reporting.category.required");
        Forms.required(result, "urgency", urgency, "reporting.urgency.required");
        Forms.required(result, "signer", signer, "reporting.signer.required");
    }
}
