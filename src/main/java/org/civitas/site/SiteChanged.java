package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site's details or administrators were changed. */
public record SiteChanged(long siteId, String siteCode, String change) implements AuditableEvent {

    @Override
    public String action() {
        return "site:update";
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
        return AuditSummary.of("SiteChanged", siteCode, change);
    }
}
