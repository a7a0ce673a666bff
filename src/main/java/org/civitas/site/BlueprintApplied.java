package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A blueprint's missing channels were added to the sites built from it. */
public record BlueprintApplied(String code, int sites, int channels) implements AuditableEvent {

    @Override
    public String action() {
        return "blueprint:apply";
    }

    @Override
    public String objectType() {
        return "Blueprint";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String summary() {
        return AuditSummary.of("BlueprintApplied", code, channels, sites);
    }
}
