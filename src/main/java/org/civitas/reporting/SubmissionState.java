package org.civitas.reporting;

/**
 * Where a submission (来稿) stands. The transitions are guarded on the aggregate; anything else is
 * refused with the reason.
 *
 * <pre>
 * DRAFT ──send──▶ SIGNING ──head approves──▶ SUBMITTED ──pre-adopt──▶ PRE_ADOPTED
 *   ▲               │                           │  │                      │  │
 *   └──head returns─┘                           │  └──────adopt───────────┼──┴─▶ ADOPTED
 *                                               └──────return────────────┴────▶ RETURNED
 * </pre>
 */
public enum SubmissionState {
    /** Being written in the unit; only the unit sees it, and it may still change. */
    DRAFT,
    /** Waiting for the unit head's sign-off (签发) on the unit type's review chain; it cannot change. */
    SIGNING,
    /** Signed off and sent: in the office's inbox. */
    SUBMITTED,
    /** The office intends to use it (预采用) and may still edit it. */
    PRE_ADOPTED,
    /** Used by the office (采用), alone or merged with others; final. */
    ADOPTED,
    /** Returned to the unit with a reason (退稿); final. */
    RETURNED;

    /** Whether the office's editors see it (everything after the unit's sign-off). */
    public boolean sent() {
        return this != DRAFT && this != SIGNING;
    }

    /** Whether the office may still decide on it (edit, pre-adopt, adopt, merge, return). */
    public boolean open() {
        return this == SUBMITTED || this == PRE_ADOPTED;
    }
}
