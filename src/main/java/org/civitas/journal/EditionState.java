package org.civitas.journal;

import java.util.Set;

/**
 * Where an edition stands. An edition gets its number only when it is signed off, so that editions
 * abandoned or returned during compilation leave no gaps in a journal's numbering.
 */
public enum EditionState {
    /** 组稿中: the office adds, orders and removes items; only compilers see it. */
    DRAFT,
    /** 送签中: on its sign-off review chain; frozen. Returned → DRAFT (with the reason), approved → SIGNED_OFF. */
    IN_REVIEW,
    /** 已签发: approved and numbered; may be exported and forwarded; readers do not see it yet. */
    SIGNED_OFF,
    /** 已印发: released to the journal's audience. */
    RELEASED,
    /** 已归档: kept for the record; the audience still reads it. Final. */
    ARCHIVED;

    /** The states this one may move to. */
    public Set<EditionState> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(DRAFT, SIGNED_OFF);
            case SIGNED_OFF -> Set.of(RELEASED);
            case RELEASED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }

    /** Whether the items may change. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the edition has a number (signed off or later). */
    public boolean numbered() {
        return this == SIGNED_OFF || this == RELEASED || this == ARCHIVED;
    }

    /** Whether the journal's audience may read it. */
    public boolean published() {
        return this == RELEASED || this == ARCHIVED;
    }
}
