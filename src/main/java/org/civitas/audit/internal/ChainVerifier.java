package org.civitas.audit.internal;

import java.util.List;
import org.civitas.audit.ChainVerification;
import org.civitas.audit.ChainVerification.Problem;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain from the first record to the one the head names, in batches (each its own
 * short read-only transaction, so no connection is held for the whole walk), recomputing every
 * hash. Records appended while it walks lie beyond the head it started from and are left for the
 * next check.
 */
@Component
class ChainVerifier {

    private final ChainHeads heads;
    private final AuditRecords records;
    private final TransactionTemplate readOnly;
    private final AuditSettings settings;

    ChainVerifier(
            ChainHeads heads, AuditRecords records, PlatformTransactionManager transactions, AuditSettings settings) {
        this.heads = heads;
        this.records = records;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
    }

    ChainVerification verify() {
        ChainHead head = readOnly.execute(status -> heads.read());
        if (head == null) {
            return ChainVerification.broken(0, 0, Problem.HEAD_MISMATCH);
        }
        long upTo = head.lastId();
        long previousId = 0;
        String previousHash = ChainHash.GENESIS;
        long checked = 0;
        while (previousId < upTo) {
            long after = previousId;
            List<AuditRecord> batch =
                    readOnly.execute(status -> records.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(
                            after, upTo, Limit.of(settings.exportBatchSize())));
            if (batch.isEmpty()) {
                break;
            }
            for (AuditRecord record : batch) {
                checked++;
                Problem problem = check(record, previousId, previousHash);
                if (problem != null) {
                    return ChainVerification.broken(checked, record.id(), problem);
                }
                previousId = record.id();
                previousHash = record.hash();
            }
        }
        if (previousId != upTo || !previousHash.equals(head.lastHash())) {
            return ChainVerification.broken(checked, upTo, Problem.HEAD_MISMATCH);
        }
        return ChainVerification.intact(checked);
    }

    private static Problem check(AuditRecord record, long previousId, String previousHash) {
        if (record.id() != previousId + 1) {
            return Problem.MISSING;
        }
        if (!record.prevHash().equals(previousHash)) {
            return Problem.LINK_BROKEN;
        }
        if (!ChainHash.of(record.hashAlgorithm(), record.id(), record.facts(), record.prevHash())
                .equals(record.hash())) {
            return Problem.ALTERED;
        }
        return null;
    }
}
