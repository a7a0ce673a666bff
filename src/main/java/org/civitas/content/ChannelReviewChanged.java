package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A channel's review chain was set or cleared ({@code chainCode} {@code null}). */
@Audited(action = "content:channel-review", object = "Channel", id = "channelId")
public record ChannelReviewChanged(long siteId, long channelId, String chainCode) implements AuditableEvent {
    @Override
    public String summary() {
        return chainCode == null
                ? AuditSummary.of("ChannelReviewRemoved", channelId, siteId)
                : AuditSummary.of("ChannelReviewSet", channelId, siteId, chainCode);
    }
}
