package org.civitas.reporting;

/** How one asked unit stands with a commission. */
public enum AnswerStatus {
    /** Answered (a submission signed off and sent) by the due date. */
    ON_TIME,
    /** Answered after the due date, while the commission was still open. */
    LATE,
    /** Not answered yet, due date not passed. */
    PENDING,
    /** Not answered, due date passed, commission still open. */
    OVERDUE,
    /** Closed without an answer. */
    MISSED;

    /** Whether the unit answered at all. */
    public boolean answered() {
        return this == ON_TIME || this == LATE;
    }
}
