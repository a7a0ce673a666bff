package org.civitas.exchange;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** An empty installation was rebuilt from a backup archive; recorded as the first link after the restored trail. */
@Audited(action = "backup:restore", object = "Backup", id = "file")
public record BackupRestored(String file, String archiveCreatedAt, long rows, long blobs) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of("BackupRestored", file, archiveCreatedAt, rows, blobs);
    }
}
