package org.civitas.reporting;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A submission moved from one state to another (sent for sign-off, signed off, returned by the head,
 * pre-adopted, returned by the office); adoption has its own {@link SubmissionAdopted}.
 *
 * @param reason why it was returned, or null
 */
@Audited(object = "Submission", id = "submissionId")
public record SubmissionStateChanged(
        long submissionId, long organisationId, String title, SubmissionState from, SubmissionState to, String reason)
        implements AuditableEvent {
    @Override
    public String action() {
        return switch (to) {
            case SIGNING -> "reporting:send";
            case SUBMITTED -> "reporting:sign-off";
            case DRAFT -> "reporting:sign-off-return";
            case PRE_ADOPTED -> "reporting:pre-adopt";
            case RETURNED -> "reporting:return";
            case ADOPTED -> "reporting:adopt";
        };
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "SubmissionStateChanged",
                title,
                AuditSummary.label("reporting.state.", from),
                AuditSummary.label("reporting.state.", to),
                reason == null ? "" : reason);
    }
}
