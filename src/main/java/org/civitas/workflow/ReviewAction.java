package org.civitas.workflow;

/** What happened at one step of a review, as the history shows it. */
public enum ReviewAction {
    /** The step was approved: the review moved to the next step or, from the last, finished approved. */
    APPROVED,
    /** Sent back to the previous step, with a reason. */
    RETURNED_TO_PREVIOUS,
    /** Sent back to the author, with a reason; the review finished returned. */
    RETURNED_TO_AUTHOR,
    /** The step's task is still open. */
    PENDING
}
