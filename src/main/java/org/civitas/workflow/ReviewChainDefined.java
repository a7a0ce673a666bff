package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A review chain was defined. */
public record ReviewChainDefined(String code, String name, int stepCount) implements AuditableEvent {

    @Override
    public String action() {
        return "reviewchain:create";
    }

    @Override
    public String objectType() {
        return "ReviewChain";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String summary() {
        return AuditSummary.of("ReviewChainDefined", code, name, stepCount);
    }
}
