package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * An upload was stored. Published once per stored upload, also when its content was already on disk.
 *
 * @param deduplicated true when identical content was already stored and no new file was written
 */
@Audited(action = "blob:store", object = "Blob", id = "")
public record BlobStored(BlobInfo blob, boolean deduplicated) implements AuditableEvent {
    @Override
    public String objectId() {
        return Long.toString(blob.id());
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                deduplicated ? "BlobStoredAgain" : "BlobStored",
                blob.filename(),
                blob.size(),
                blob.contentType(),
                blob.sha256());
    }
}
