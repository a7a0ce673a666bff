package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A local channel was added to a site. */
public record ChannelAdded(long channelId, long siteId, String code, String name) implements AuditableEvent {

    @Override
    public String action() {
        return "channel:create";
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
        return AuditSummary.of("ChannelAdded", code, name, siteId);
    }
}
