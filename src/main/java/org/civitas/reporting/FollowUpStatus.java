package org.civitas.reporting;

/** Where the follow-up an instruction asks for stands. */
public enum FollowUpStatus {
    /** The instruction asks for nothing to be done (阅示). */
    NONE,
    /** Something is to be done (due date and/or responsible organisation) and is not done yet. */
    OPEN,
    /** Done, with a note on what was done. */
    DONE
}
