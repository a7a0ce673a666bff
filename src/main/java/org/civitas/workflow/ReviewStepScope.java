package org.civitas.workflow;

/** Where the holders of a step's role must hold it to act on the step. */
public enum ReviewStepScope {
    /** Anyone holding the role, wherever: candidate group {@code role:CODE}. */
    ANYWHERE,
    /** Holders of the role for one fixed organisation: {@code role:CODE@org:ID}. */
    ORGANISATION,
    /**
     * Holders of the role for the organisation of the item under review, so that one chain serves
     * every unit: {@code role:CODE@org:<subject's organisation>}, resolved when the review starts.
     */
    SUBJECT_ORGANISATION
}
