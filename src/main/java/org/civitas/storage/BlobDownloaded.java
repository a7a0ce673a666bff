package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A person downloaded a stored file through the console or the API. The audit trail names who; this says
 * which file and through which record it was readable.
 */
@Audited(action = "blob:download", object = "Blob", id = "")
public record BlobDownloaded(long blobId, String filename, String record) implements AuditableEvent {
    @Override
    public String objectId() {
        return Long.toString(blobId);
    }

    @Override
    public String summary() {
        return AuditSummary.of("BlobDownloaded", filename, record);
    }
}
