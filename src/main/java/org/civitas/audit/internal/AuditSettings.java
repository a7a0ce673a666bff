package org.civitas.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code civitas.audit.*}).
 *
 * @param recordTokenLogins also record each successful API-token authentication (one per machine
 *     request; off by default)
 * @param exportBatchSize records read per query while exporting or verifying
 */
@ConfigurationProperties("civitas.audit")
record AuditSettings(
        @DefaultValue("false") boolean recordTokenLogins,
        @DefaultValue("500") int exportBatchSize) {

    AuditSettings {
        if (exportBatchSize < 1) {
            throw new IllegalArgumentException("civitas.audit.export-batch-size must be at least 1");
        }
    }
}
