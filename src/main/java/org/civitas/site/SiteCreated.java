package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site was created with the channels of its blueprint. */
public record SiteCreated(long siteId, String siteCode, String name, String blueprintCode, int channels)
        implements AuditableEvent {

    @Override
    public String action() {
        return "site:create";
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
        return AuditSummary.of("SiteCreated", siteCode, name, blueprintCode, channels);
    }
}
