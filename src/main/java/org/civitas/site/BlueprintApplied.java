package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A blueprint's missing channels were added to the sites built from it. */
@Audited(action = "blueprint:apply", object = "Blueprint", id = "code")
public record BlueprintApplied(String code, int sites, int channels) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("BlueprintApplied", code, channels, sites);
    }
}
