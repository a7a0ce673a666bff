package org.civitas.site;

import java.util.List;

/**
 * The channel tree of a site, for its administrators. Blueprint channels are fixed; local channels
 * (when the blueprint allows them) can be added, renamed, reordered and removed.
 */
public interface ChannelService {

    List<ChannelView> tree(long siteId);

    ChannelView add(long siteId, Long parentId, String code, String name, ChannelType type);

    ChannelView rename(long channelId, String name);

    /** Moves the channel one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    ChannelView move(long channelId, int direction);

    void remove(long channelId);

    /** Deviations from the blueprint of every site the current user may manage. */
    List<ComplianceReport> compliance();
}
