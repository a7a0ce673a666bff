package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A review chain was defined. */
@Audited(action = "reviewchain:create", object = "ReviewChain", id = "code")
public record ReviewChainDefined(String code, String name, int stepCount) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewChainDefined", code, name, stepCount);
    }
}
