package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A site was created with the channels of its blueprint. */
@Audited(action = "site:create", object = "Site", id = "siteId")
public record SiteCreated(long siteId, String siteCode, String name, String blueprintCode, int channels)
        implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("SiteCreated", siteCode, name, blueprintCode, channels);
    }
}
