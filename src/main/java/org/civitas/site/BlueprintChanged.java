package org.civitas.site;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A channel blueprint was changed. */
public record BlueprintChanged(String code, String change) implements AuditableEvent {

    @Override
    public String action() {
        return "blueprint:update";
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
        return AuditSummary.of("BlueprintChanged", code, change);
    }
}
