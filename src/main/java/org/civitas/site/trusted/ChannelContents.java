package org.civitas.site.trusted;

/**
 * Trusted port: no permission checks; what another module keeps in a channel, so that removing the
 * channel neither orphans it nor loses it. The content module answers for its articles. The site module
 * calls it only after it has checked that the current user manages the channel's site.
 */
public interface ChannelContents {

    /** How many items (of any state) the channel holds. */
    long count(long channelId);

    /**
     * Moves every item of {@code fromChannelId} into {@code toChannelId} of the same site; with
     * {@code withdraw}, items that are public are first taken off the public sites. Each item moved publishes
     * its own audited event. Returns how many were moved.
     */
    long moveAll(long siteId, long fromChannelId, long toChannelId, boolean withdraw);
}
