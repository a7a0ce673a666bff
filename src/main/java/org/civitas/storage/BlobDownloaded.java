package org.civitas.storage;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * A person downloaded a stored file through the console or the API. The audit trail names who; this says
 * which file and through which record it was readable.
 */
public record BlobDownloaded(long blobId, String filename, String record) implements AuditableEvent {

    @Override
    public String action() {
        return "blob:download";
    }

    @Override
    public String objectType() {
        return "Blob";
    }

    @Override
    public String objectId() {
        return Long.toString(blobId);
    }

    @Override
    public String summary() {
        return AuditSummary.of("BlobDownloaded", filename, record);
    }
}
