package org.civitas.audit.trusted;

import org.civitas.audit.ChainVerification;

/**
 * Trusted port: no permission checks; verifies the audit trail's hash chain for the operator's command line
 * (after a restore, the restored trail must still verify from its first record to its head).
 */
public interface AuditChainCheck {

    /** Checks the whole chain and reports the first broken link, as the auditors' check does. */
    ChainVerification verify();
}
