package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A site administrator opened a channel to pushes from other sites, or closed it. */
@Audited(action = "content:channel-sharing", object = "Channel", id = "channelId")
public record ChannelSharingChanged(long siteId, long channelId, boolean acceptsShares) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(acceptsShares ? "ChannelSharingOpened" : "ChannelSharingClosed", channelId, siteId);
    }
}
