package org.civitas.audit.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/**
 * Stored audit records, read-only: deliberately no save, update or delete (records are added
 * only through {@link AuditAppender}, which persists them next to the locked chain head).
 */
interface AuditRecords extends Repository<AuditRecord, Long> {

    /** Records with {@code after < id <= upTo} in chain order, at most {@code limit}. */
    List<AuditRecord> findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(long after, long upTo, Limit limit);
}
