package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * Uploads that no record carried within {@link StorageSettings#unattachedTtl()} were removed.
 *
 * @param count how many uploads were removed
 * @param bytes their declared sizes added up
 */
public record BlobsExpired(int count, long bytes) implements AuditableEvent {

    @Override
    public String action() {
        return "blob:expire";
    }

    @Override
    public String objectType() {
        return "Blob";
    }

    @Override
    public String objectId() {
        return null;
    }

    @Override
    public String summary() {
        return AuditSummary.of("BlobsExpired", count, bytes);
    }
}
