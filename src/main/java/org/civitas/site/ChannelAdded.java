package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A local channel was added to a site. */
@Audited(action = "channel:create", object = "Channel", id = "channelId")
public record ChannelAdded(long channelId, long siteId, String code, String name) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ChannelAdded", code, name, siteId);
    }
}
