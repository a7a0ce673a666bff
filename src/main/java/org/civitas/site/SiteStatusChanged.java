package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A site went online, offline or back online. */
@Audited(action = "site:status", object = "Site", id = "siteId")
public record SiteStatusChanged(long siteId, String siteCode, SiteStatus from, SiteStatus to)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(
                "SiteStatusChanged",
                siteCode,
                AuditSummary.label("site.status.", from),
                AuditSummary.label("site.status.", to));
    }
}
