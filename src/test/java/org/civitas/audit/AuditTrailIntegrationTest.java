package org.civitas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.audit.AuditRecordsTestSupport.asAuditor;
import static org.civitas.audit.AuditRecordsTestSupport.recordsFor;
import static org.civitas.audit.AuditRecordsTestSupport.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civitas.content.ContentPermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

/** Writes announced by any module become exactly one record when, and only when, they commit. */
@DatabaseTest
@CivitasIntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    @BeforeEach
    void outsideAnyRequest() {
        // the test framework binds a mock request to every test thread; writes here come from no request
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommittedWriteLeavesExactlyOneRecord() {
        String id = unique();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("alice", null));

        transactions.executeWithoutResult(s -> events.publishEvent(new SampleWritten(id, "title=新闻发布")));

        List<AuditEntry> records = recordsFor(jdbc, "object_id", id);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("alice");
            assertThat(r.action()).isEqualTo("sample:write");
            assertThat(r.objectType()).isEqualTo("Sample");
            assertThat(r.summary()).isEqualTo("title=新闻发布");
            assertThat(r.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(r.address()).isNull();
        });
    }

    @Test
    void aRolledBackWriteLeavesNoRecord() {
        String id = unique();

        transactions.executeWithoutResult(s -> {
            events.publishEvent(new SampleWritten(id, "doomed"));
            s.setRollbackOnly();
        });

        assertThat(recordsFor(jdbc, "object_id", id)).isEmpty();
        assertThat(asAuditor(trail::verifyChain).intact()).isTrue();
    }

    @Test
    void aWriteOutsideAnyRequestOrUserIsRecordedAsSystem() {
        String id = unique();

        events.publishEvent(new SampleWritten(id, "scheduled job"));

        assertThat(recordsFor(jdbc, "object_id", id))
                .singleElement()
                .extracting(AuditEntry::actor)
                .isEqualTo("system");
    }

    @Test
    void concurrentWritersKeepTheChainIntactAndContiguous() throws Exception {
        String marker = unique();
        int threads = 4;
        int writesEach = 10;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        transactions.executeWithoutResult(s -> events.publishEvent(new SampleWritten(marker, "x")));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(recordsFor(jdbc, "object_id", marker)).hasSize(threads * writesEach);
        Long max = jdbc.queryForObject("select max(id) from audit_record", Long.class);
        Long count = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        assertThat(max).isEqualTo(count);
        ChainVerification verification = asAuditor(trail::verifyChain);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(threads * writesEach);
    }

    @Test
    void searchFiltersAndPagesNewestFirst() {
        String id = unique();
        for (int i = 0; i < 3; i++) {
            int n = i;
            transactions.executeWithoutResult(s -> events.publishEvent(new SampleWritten(id, "n" + n)));
        }
        var byObject = new AuditQuery(null, null, null, "sample", "Sample", id, AuditOutcome.SUCCESS, null);

        var first = asAuditor(() -> trail.search(byObject, PageRequest.of(0, 2)));
        var second = asAuditor(() -> trail.search(byObject, PageRequest.of(1, 2)));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(AuditEntry::summary).containsExactly("n2", "n1");
        assertThat(second.getContent()).extracting(AuditEntry::summary).containsExactly("n0");
        var denied = new AuditQuery(null, null, null, null, null, id, AuditOutcome.DENIED, null);
        assertThat(asAuditor(() -> trail.search(denied, PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void readingNeedsTheAuditorPermission() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("clerk", null, ContentPermissions.WRITE));

        assertThatThrownBy(() -> trail.search(AuditQuery.everything(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(trail::verifyChain).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportStreamsEveryMatchAndIsItselfRecorded() {
        String id = unique();
        for (int i = 0; i < 3; i++) {
            transactions.executeWithoutResult(s -> events.publishEvent(new SampleWritten(id, "row")));
        }
        List<AuditEntry> exported = new ArrayList<>();

        long count = asAuditor(
                () -> trail.export(new AuditQuery(null, null, null, null, null, id, null, null), exported::add));

        assertThat(count).isEqualTo(3);
        assertThat(exported).extracting(AuditEntry::objectId).containsOnly(id);
        assertThat(exported).extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(recordsFor(
                        jdbc, "summary", org.civitas.platform.AuditSummary.of("AuditTrailExported", "objectId=" + id)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.action()).isEqualTo("audit:export");
                    assertThat(r.actor()).isEqualTo("auditor");
                });
    }
}
