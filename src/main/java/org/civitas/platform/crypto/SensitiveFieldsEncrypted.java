package org.civitas.platform.crypto;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * One batch of a sensitive column's values was (re-)encrypted under {@code keyId}.
 *
 * @param firstId the lowest row id of the batch
 * @param lastId the highest row id of the batch
 */
public record SensitiveFieldsEncrypted(SensitiveColumn column, String keyId, int count, long firstId, long lastId)
        implements AuditableEvent {

    @Override
    public String action() {
        return "crypto:encrypt-fields";
    }

    @Override
    public String objectType() {
        return "SensitiveColumn";
    }

    @Override
    public String objectId() {
        return column.name();
    }

    @Override
    public String summary() {
        return AuditSummary.of("SensitiveFieldsEncrypted", count, firstId, lastId, keyId);
    }
}
