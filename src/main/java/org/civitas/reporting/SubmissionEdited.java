package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The office saved its edited version of a submission (the unit's original stays as it was). */
public record SubmissionEdited(long submissionId, String title) implements AuditableEvent {

    @Override
    public String action() {
        return "reporting:edit";
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
        return AuditSummary.of("SubmissionEdited", title);
    }
}
