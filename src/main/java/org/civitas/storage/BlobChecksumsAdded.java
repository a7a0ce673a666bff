package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * One batch of stored files was checked and given checksums by {@code algorithm} (an SM3 migration).
 *
 * @param firstId the lowest blob id of the batch
 * @param lastId the highest blob id of the batch
 */
@Audited(action = "blob:checksum", object = "Blob", id = "")
public record BlobChecksumsAdded(String algorithm, int count, long firstId, long lastId) implements AuditableEvent {
    @Override
    public String objectId() {
        return firstId + ".." + lastId;
    }

    @Override
    public String summary() {
        return AuditSummary.of("BlobChecksumsAdded", count, algorithm);
    }
}
