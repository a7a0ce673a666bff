package org.civitas.audit;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** What auditors do with the trail, recorded in the trail itself. */
public sealed interface AuditTrailEvent extends AuditableEvent {

    /** An auditor exported the records matching a filter. */
    @Audited(action = "audit:export", object = "AuditTrail", id = "")
    record AuditTrailExported(String filter) implements AuditTrailEvent {
        public String summary() {
            return AuditSummary.of("AuditTrailExported", filter);
        }
    }

    /** An auditor verified the hash chain. */
    @Audited(action = "audit:verify", object = "AuditTrail", id = "")
    record AuditChainVerified(ChainVerification result) implements AuditTrailEvent {
        public String summary() {
            return result.intact()
                    ? AuditSummary.of("AuditChainIntact", result.checked())
                    : AuditSummary.of(
                            "AuditChainBroken",
                            result.firstBrokenId(),
                            AuditSummary.label("audit.verify.problem.", result.problem()),
                            result.checked());
        }
    }
}
