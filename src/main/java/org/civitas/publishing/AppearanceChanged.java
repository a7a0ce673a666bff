package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A site's appearance settings (logo, colour, footer text) were changed. */
public record AppearanceChanged(long siteId, String siteCode, Appearance appearance) implements AuditableEvent {

    @Override
    public String action() {
        return "site:appearance";
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
                "AppearanceChanged",
                siteCode,
                appearance.logoBlobId() == null ? "" : appearance.logoBlobId(),
                appearance.primaryColour() == null ? "" : appearance.primaryColour());
    }
}
