package org.civitas.content;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site's index-number rule, or the category code of one of its disclosure channels, was changed. */
public record IndexRuleChanged(long siteId, Long channelId, String change) implements AuditableEvent {

    @Override
    public String action() {
        return "content:index-rule";
    }

    @Override
    public String objectType() {
        return channelId == null ? "Site" : "Channel";
    }

    @Override
    public String objectId() {
        return String.valueOf(channelId == null ? siteId : channelId);
    }

    @Override
    public String summary() {
        return channelId == null
                ? AuditSummary.of("SiteIndexRuleChanged", siteId, change)
                : AuditSummary.of("ChannelIndexRuleChanged", siteId, channelId, change);
    }
}
