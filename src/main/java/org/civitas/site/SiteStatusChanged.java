package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site went online, offline or back online. */
public record SiteStatusChanged(long siteId, String siteCode, SiteStatus from, SiteStatus to)
        implements AuditableEvent {

    @Override
    public String action() {
        return "site:status";
    }

    @Override
    public String objectType() {
        return "Site";
    }

    @Override
    public String objectId() {
        return String.valueOf(siteId);
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                "SiteStatusChanged",
                siteCode,
                AuditSummary.label("site.status.", from),
                AuditSummary.label("site.status.", to));
    }
}
