package org.civitas.platform.crypto;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * One batch of a sensitive column's values was (re-)encrypted under {@code keyId}.
 *
 * @param firstId the lowest row id of the batch
 * @param lastId the highest row id of the batch
 */
@Audited(action = "crypto:encrypt-fields", object = "SensitiveColumn", id = "")
public record SensitiveFieldsEncrypted(SensitiveColumn column, String keyId, int count, long firstId, long lastId)
        implements AuditableEvent {
    @Override
    public String objectId() {
        return column.name();
    }

    @Override
    public String summary() {
        return AuditSummary.of("SensitiveFieldsEncrypted", count, firstId, lastId, keyId);
    }
}
