package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A review chain was changed. */
@Audited(action = "reviewchain:update", object = "ReviewChain", id = "code")
public record ReviewChainChanged(String code, String name, int stepCount) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewChainChanged", code, name, stepCount);
    }
}
