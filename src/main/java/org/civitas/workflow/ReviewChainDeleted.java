package org.civitas.workflow;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A review chain was deleted; reviews under way on it go on with the steps they copied. */
@Audited(action = "reviewchain:delete", object = "ReviewChain", id = "code")
public record ReviewChainDeleted(String code, String name) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("ReviewChainDeleted", code, name);
    }
}
