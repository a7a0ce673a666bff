package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A local channel was renamed or moved. */
public record ChannelChanged(long channelId, long siteId, String code, String change) implements AuditableEvent {

    @Override
    public String action() {
        return "channel:update";
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
        return AuditSummary.of("ChannelChanged", code, siteId, change);
    }
}
