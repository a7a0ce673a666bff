package org.civitas.exchange;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** A backup archive was written (by the command line or the scheduled job). */
@Audited(action = "backup:write", object = "Backup", id = "file")
public record BackupWritten(String file, long rows, long blobs, long bytes) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("BackupWritten", file, rows, blobs, bytes);
    }
}
