package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A unit wrote a new draft ({@code created}) or changed one. */
public record SubmissionSaved(long submissionId, long organisationId, String title, boolean created)
        implements AuditableEvent {

    @Override
    public String action() {
        return created ? "reporting:create" : "reporting:update";
    }

    @Override
    public String objectType() {
        return "Submission";
    }

    @Override
    public String objectId() {
        return String.valueOf(submissionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(created ? "SubmissionCreated" : "SubmissionSaved", title);
    }
}
