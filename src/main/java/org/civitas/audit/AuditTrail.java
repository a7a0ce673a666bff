package org.civitas.audit;

import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Read access to the audit trail, for auditors ({@link AuditPermissions#READ}). Records are
 * written only by the audit module itself, from {@link org.civitas.platform.AuditableEvent}s and
 * Spring Security's events; nothing can change or remove them.
 */
public interface AuditTrail {

    /** Records matching {@code query}, newest first. */
    Page<AuditEntry> search(AuditQuery query, Pageable page);

    /**
     * Hands every record matching {@code query} to {@code sink}, newest first, reading in batches
     * so that any number of records streams in bounded memory. The export itself is recorded.
     *
     * @return how many records were handed over
     */
    long export(AuditQuery query, Consumer<AuditEntry> sink);

    /** Checks the whole hash chain and reports the first broken link. The check itself is recorded. */
    ChainVerification verifyChain();
}
