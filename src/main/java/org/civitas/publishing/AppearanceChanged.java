package org.civitas.publishing;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A site's appearance settings (logo, colour, footer text) were changed. */
@Audited(action = "site:appearance", object = "Site", id = "siteId")
public record AppearanceChanged(long siteId, String siteCode, Appearance appearance) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(
                "AppearanceChanged",
                siteCode,
                appearance.logoBlobId() == null ? "" : appearance.logoBlobId(),
                appearance.primaryColour() == null ? "" : appearance.primaryColour());
    }
}
