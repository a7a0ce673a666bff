package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A unit wrote a new draft ({@code created}) or changed one. */
@Audited(object = "Submission", id = "submissionId")
public record SubmissionSaved(long submissionId, long organisationId, String title, boolean created)
        implements AuditableEvent {
    @Override
    public String action() {
        return created ? "reporting:create" : "reporting:update";
    }

    @Override
    public String summary() {
        return AuditSummary.of(created ? "SubmissionCreated" : "SubmissionSaved", title);
    }
}
