package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site administrator opened a channel to pushes from other sites, or closed it. */
public record ChannelSharingChanged(long siteId, long channelId, boolean acceptsShares) implements AuditableEvent {

    @Override
    public String action() {
        return "content:channel-sharing";
    }

    @Override
    public String objectType() {
        return "Channel";
    }

    @Override
    public String objectId() {
        return String.valueOf(channelId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(acceptsShares ? "ChannelSharingOpened" : "ChannelSharingClosed", channelId, siteId);
    }
}
