package org.civitas.content;

/**
 * Life cycle of a share of an article with another site: pending → accepted or declined; accepted → removed.
 * The receiving side can also end shares wholesale: removing its channel ends every active share into it,
 * closing the channel to pushes ends the pending ones (accepted copies stay).
 */
public enum ShareState {
    /** Pushed by the source site, waiting for the receiving site's editor. */
    PENDING,
    /** Carried by the receiving site: its public pages show the source's current public copy. */
    ACCEPTED,
    /** The receiving site's editor declined it, with a reason. */
    DECLINED,
    /** The receiving site's editor took an accepted share off its site. */
    REMOVED,
    /** The source site called back its push before it was decided. */
    CANCELLED,
    /** The source article was withdrawn: it left every site that carried it. */
    ENDED,
    /** The receiving channel was removed: a pending push can no longer be decided, an accepted copy left that site. */
    CHANNEL_REMOVED,
    /** The receiving channel stopped taking pushes while the push was pending. */
    CHANNEL_CLOSED;

    /** Whether the share still counts: one active share of an article per receiving site. */
    public boolean active() {
        return this == PENDING || this == ACCEPTED;
    }
}
