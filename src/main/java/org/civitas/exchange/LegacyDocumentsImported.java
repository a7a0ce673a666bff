package org.civitas.exchange;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A batch of documents of a Notes export was imported (one event per committed batch, not per document: an export
 * holds hundreds of thousands).
 *
 * @param sourceFile the export the batch came from
 * @param created documents new to Civitas
 * @param updated documents imported before whose sequence or modified time changed
 */
@Audited(action = "dxl:import", object = "LegacyDocument", id = "")
public record LegacyDocumentsImported(String sourceFile, int created, int updated) implements AuditableEvent {

    @Override
    public String objectId() {
        return sourceFile;
    }

    @Override
    public String summary() {
        return AuditSummary.of("LegacyDocumentsImported", sourceFile, created, updated);
    }
}
