package org.civitas.reporting;

import java.util.Optional;

/**
 * The unit head's sign-off (签发) of a submission, from the submission's own page as well as from the task
 * inbox: both decide the same open task of the unit's sign-off chain, so the workflow module checks who may act
 * (a candidate of the step, never the writer) and publishes the events; the submission moves on when the chain
 * completes. Only a submission the caller may read is decided here (others are "not found").
 */
public interface SubmissionSignOff {

    /** The id of the sign-off task the current user may decide on this submission now, if any. */
    Optional<String> openTask(long submissionId);

    /** Approves the current user's sign-off step (the comment is optional). */
    void approve(long submissionId, String comment);

    /** Sends the submission back to its writer with a reason (required). */
    void returnToWriter(long submissionId, String reason);
}
