package org.civitas.site;

import java.util.List;

/**
 * The channel tree of a site, for its administrators. Blueprint channels are fixed; local channels
 * (when the blueprint allows them) can be added, renamed, reordered and removed.
 */
public interface ChannelService {

    List<ChannelView> tree(long siteId);

    ChannelView add(long siteId, Long parentId, String code, String name, ChannelType type);

    /** Adds a channel; {@code linkUrl} is where a {@link ChannelType#LINK} channel leads (ignored for other kinds). */
    ChannelView add(long siteId, Long parentId, String code, String name, ChannelType type, String linkUrl);

    /**
     * Points a link channel at an {@code http(s)} address or a path of the site ({@code null} or blank: nowhere
     * yet, and then it is not shown). Allowed on blueprint channels too: the address is each site's own.
     */
    ChannelView link(long channelId, String linkUrl);

    ChannelView rename(long channelId, String name);

    /** Moves the channel one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    ChannelView move(long channelId, int direction);

    /** Removes an empty channel; one that still holds items is refused with their count. */
    void remove(long channelId);

    /**
     * Removes the channel; its items are refused ({@link ChannelRemoval#REFUSE}), or moved to {@code targetChannelId}
     * of the same site and type, withdrawn first with {@link ChannelRemoval#WITHDRAW}.
     */
    void remove(long channelId, ChannelRemoval removal, Long targetChannelId);

    /** How many items (articles of any state) the channel holds. */
    long itemCount(long channelId);

    /** Deviations from the blueprint of every site the current user may manage. */
    List<ComplianceReport> compliance();
}
