package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A local channel was removed. */
@Audited(action = "channel:delete", object = "Channel", id = "channelId")
public record ChannelRemoved(long channelId, long siteId, String code, String name) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ChannelRemoved", code, name, siteId);
    }
}
