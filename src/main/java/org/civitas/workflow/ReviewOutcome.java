package org.civitas.workflow;

/** How a finished review ended. */
public enum ReviewOutcome {
    APPROVED,
    RETURNED;

    public ReviewStatus status() {
        return ReviewStatus.valueOf(name());
    }
}
