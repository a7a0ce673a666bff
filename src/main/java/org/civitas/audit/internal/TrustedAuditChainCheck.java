package org.civitas.audit.internal;

import org.civitas.audit.ChainVerification;
import org.civitas.audit.trusted.AuditChainCheck;
import org.springframework.stereotype.Component;

/** {@link AuditChainCheck} by the same walk as the auditors' check, without its permission check. */
@Component
class TrustedAuditChainCheck implements AuditChainCheck {

    private final ChainVerifier verifier;

    TrustedAuditChainCheck(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public ChainVerification verify() {
        return verifier.verify();
    }
}
