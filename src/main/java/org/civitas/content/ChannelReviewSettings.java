package org.civitas.content;

import java.util.Map;
import java.util.Optional;

/**
 * Which review chain each channel's articles pass. Reading is open to editors and site administrators;
 * changing needs the right to manage the channel's site ({@code site:manage} as one of its
 * administrators, or {@code site:create}); each change publishes one {@link ChannelReviewChanged}.
 */
public interface ChannelReviewSettings {

    /** The chain of the channel; empty means articles are published on submit. */
    Optional<String> chainOf(long channelId);

    /** Chain code by channel id for the channels of the site that have one. */
    Map<Long, String> chains(long siteId);

    /** Sets ({@code chainCode} non-blank) or clears the chain of a channel of the site. */
    void setChain(long siteId, long channelId, String chainCode);
}
