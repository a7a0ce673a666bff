package org.civitas.workflow;

/** Where a review stands. */
public enum ReviewStatus {
    /** A step's task is open. */
    IN_PROGRESS,
    /** Every step approved (or the chain had no steps). */
    APPROVED,
    /** Sent back to the author; the author may submit again, which starts a new review. */
    RETURNED
}
