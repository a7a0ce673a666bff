package org.civitas.audit.internal;

import java.util.List;
import java.util.function.Consumer;
import org.civitas.audit.AuditEntry;
import org.civitas.audit.AuditPermissions;
import org.civitas.audit.AuditQuery;
import org.civitas.audit.AuditTrail;
import org.civitas.audit.AuditTrailEvent.AuditChainVerified;
import org.civitas.audit.AuditTrailEvent.AuditTrailExported;
import org.civitas.audit.ChainVerification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The auditor's view of the trail; exports and chain checks are themselves recorded. */
@Service
class AuditTrailService implements AuditTrail {

    private static final int MAX_PAGE_SIZE = 500;

    private final AuditSearch search;
    private final ChainVerifier verifier;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final AuditSettings settings;

    AuditTrailService(
            AuditSearch search,
            ChainVerifier verifier,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            AuditSettings settings) {
        this.search = search;
        this.verifier = verifier;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    @Override
    @PreAuthorize("hasAuthority('" + AuditPermissions.READ + "')")
    public Page<AuditEntry> search(AuditQuery query, Pageable page) {
        Pageable bounded =
                PageRequest.of(Math.max(page.getPageNumber(), 0), Math.clamp(page.getPageSize(), 1, MAX_PAGE_SIZE));
        return readOnly.execute(status -> new PageImpl<>(
                search.newest(
                        query, null, (int) Math.min(bounded.getOffset(), Integer.MAX_VALUE), bounded.getPageSize()),
                bounded,
                search.count(query)));
    }

    @Override
    @PreAuthorize("hasAuthority('" + AuditPermissions.READ + "')")
    public long export(AuditQuery query, Consumer<AuditEntry> sink) {
        // recorded first, so that an export broken off half-way is on record too
        writing.executeWithoutResult(status -> events.publishEvent(new AuditTrailExported(describe(query))));
        long count = 0;
        Long before = null;
        while (true) {
            Long after = before;
            List<AuditEntry> batch =
                    readOnly.execute(status -> search.newest(query, after, 0, settings.exportBatchSize()));
            batch.forEach(sink);
            count += batch.size();
            if (batch.size() < settings.exportBatchSize()) {
                return count;
            }
            before = batch.getLast().id();
        }
    }

    @Override
    @PreAuthorize("hasAuthority('" + AuditPermissions.READ + "')")
    public ChainVerification verifyChain() {
        ChainVerification result = verifier.verify();
        writing.executeWithoutResult(status -> events.publishEvent(new AuditChainVerified(result)));
        return result;
    }

    /** The filter in words, for the export's own record. */
    static String describe(AuditQuery q) {
        var parts = new StringBuilder();
        append(parts, "from", q.from());
        append(parts, "to", q.to());
        append(parts, "actor", q.actor());
        append(parts, "action", q.action());
        append(parts, "objectType", q.objectType());
        append(parts, "objectId", q.objectId());
        append(parts, "outcome", q.outcome());
        append(parts, "address", q.address());
        return parts.isEmpty() ? "all records" : parts.toString();
    }

    private static void append(StringBuilder parts, String name, Object value) {
        if (value != null) {
            parts.append(parts.isEmpty() ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
