package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A channel's review chain was set or cleared ({@code chainCode} {@code null}). */
public record ChannelReviewChanged(long siteId, long channelId, String chainCode) implements AuditableEvent {

    @Override
    public String action() {
        return "content:channel-review";
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
        return chainCode == null
                ? AuditSummary.of("ChannelReviewRemoved", channelId, siteId)
                : AuditSummary.of("ChannelReviewSet", channelId, siteId, chainCode);
    }
}
