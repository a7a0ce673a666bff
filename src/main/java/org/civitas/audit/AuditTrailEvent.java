package org.civitas.audit;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** What auditors do with the trail, recorded in the trail itself. */
public sealed interface AuditTrailEvent extends AuditableEvent {

    /** An auditor exported the records matching a filter. */
    record AuditTrailExported(String filter) implements AuditTrailEvent {
        public String action() {
            return "audit:export";
        }

        public String objectType() {
            return "AuditTrail";
        }

        public String objectId() {
            return null;
        }

        public String summary() {
            return AuditSummary.of("AuditTrailExported", filter);
        }
    }

    /** An auditor verified the hash chain. */
    record AuditChainVerified(ChainVerification result) implements AuditTrailEvent {
        public String action() {
            return "audit:verify";
        }

        public String objectType() {
            return "AuditTrail";
        }

        public String objectId() {
            return null;
        }

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
