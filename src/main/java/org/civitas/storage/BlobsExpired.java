package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * Uploads that no record carried within {@link StorageSettings#unattachedTtl()} were removed.
 *
 * @param count how many uploads were removed
 * @param bytes their declared sizes added up
 */
@Audited(action = "blob:expire", object = "Blob", id = "")
public record BlobsExpired(int count, long bytes) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("BlobsExpired", count, bytes);
    }
}
