package org.civitas.audit;

import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A write as any module would announce it. */
@Audited(action = "sample:write", object = "Sample", id = "objectId")
record SampleWritten(String objectId, String summary) implements AuditableEvent {}
