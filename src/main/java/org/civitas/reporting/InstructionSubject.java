package org.civitas.reporting;

/** What a leader's instruction was written on. */
public enum InstructionSubject {
    /** An adopted item (采用稿) of this module; the subject id is the adoption's. */
    ADOPTION,
    /** A journal edition (期); the subject id is the journal module's edition id. */
    EDITION
}
