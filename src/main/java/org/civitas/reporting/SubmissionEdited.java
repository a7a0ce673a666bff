package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The office saved its edited version of a submission (the unit's original stays as it was). */
@Audited(action = "reporting:edit", object = "Submission", id = "submissionId")
public record SubmissionEdited(long submissionId, String title) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("SubmissionEdited", title);
    }
}
