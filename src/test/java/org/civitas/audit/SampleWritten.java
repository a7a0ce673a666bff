package org.civitas.audit;

import org.civitas.platform.AuditableEvent;

/** A write as any module would announce it. */
record SampleWritten(String objectId, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "sample:write";
    }

    @Override
    public String objectType() {
        return "Sample";
    }
}
