package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** A review chain was deleted; reviews under way on it go on with the steps they copied. */
public record ReviewChainDeleted(String code, String name) implements AuditableEvent {

    @Override
    public String action() {
        return "reviewchain:delete";
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
        return AuditSummary.of("ReviewChainDeleted", code, name);
    }
}
