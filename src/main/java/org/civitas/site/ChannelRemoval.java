package org.civitas.site;

/**
 * What becomes of the items of a channel being removed. By default a channel that still holds items is not
 * removed (the refusal says how many); the site administrator may instead move them to another channel of
 * the site, as they are or withdrawn from the public first.
 */
public enum ChannelRemoval {
    /** Remove only an empty channel. */
    REFUSE,
    /** Move the items, in their state, to the chosen channel. */
    MOVE,
    /** Withdraw the public items, then move them all to the chosen channel (kept, not deleted). */
    WITHDRAW
}
