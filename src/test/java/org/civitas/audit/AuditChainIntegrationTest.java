package org.civitas.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.civitas.audit.AuditRecordsTestSupport.asAuditor;
import static org.civitas.audit.AuditRecordsTestSupport.recordsFor;
import static org.civitas.audit.AuditRecordsTestSupport.unique;

import java.util.ArrayList;
import java.util.List;
import org.civitas.audit.ChainVerification.Problem;
import org.civitas.support.DatabaseTest;
import org.civitas.support.TestDatabases;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes made behind the application's back break the hash chain, and PostgreSQL refuses them
 * outright. Runs in a context of its own (small batches, so the walk crosses batch boundaries):
 * the chain it breaks is not the one other tests check. Tests run in order: tampering is last.
 */
@DatabaseTest
// no demo data: the test writes the records it checks, and the demo's creation cost as much as the application's start
@SpringBootTest(properties = {"civitas.audit.export-batch-size=3", "civitas.demo.mode=never"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    @Test
    @Order(1)
    void anUntouchedChainIsIntactAcrossBatches() {
        String id = write(10);

        ChainVerification result = asAuditor(trail::verifyChain);

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(10);
        List<AuditEntry> exported = new ArrayList<>();
        asAuditor(() -> trail.export(new AuditQuery(null, null, null, null, null, id, null, null), exported::add));
        assertThat(exported).hasSize(10).extracting(AuditEntry::id).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void postgresRefusesUpdateAndDeleteOfRecords() {
        assumeThat(TestDatabases.postgresRequested())
                .as("the append-only trigger exists on PostgreSQL only")
                .isTrue();
        String id = write(1);

        assertThatThrownBy(() -> jdbc.update("update audit_record set summary = 'forged' where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where object_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_chain_head set last_id = last_id - 1"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("forward");
        assertThat(recordsFor(jdbc, "object_id", id))
                .singleElement()
                .extracting(AuditEntry::summary)
                .isEqualTo("n0");
    }

    @Test
    @Order(3)
    void aRecordAlteredBehindTheApplicationsBackIsFound() {
        String id = write(3);
        long victim = recordsFor(jdbc, "object_id", id).get(1).id();

        behindTheApplicationsBack("update audit_record set summary = 'forged' where id = " + victim);

        ChainVerification result = asAuditor(trail::verifyChain);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(victim);
        assertThat(result.problem()).isEqualTo(Problem.ALTERED);
        assertThat(result.checked()).isEqualTo(victim);
    }

    @Test
    @Order(4)
    void aRecordRemovedBehindTheApplicationsBackIsFound() {
        behindTheApplicationsBack("update audit_record set summary = 'n1' where summary = 'forged'");
        String id = write(3);
        long victim = recordsFor(jdbc, "object_id", id).get(1).id();

        behindTheApplicationsBack("delete from audit_record where id = " + victim);

        ChainVerification result = asAuditor(trail::verifyChain);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(victim + 1);
        assertThat(result.problem()).isEqualTo(Problem.MISSING);
    }

    @Test
    @Order(5)
    void recordsRemovedFromTheEndAreFound() {
        behindTheApplicationsBack("delete from audit_record");
        // every verification appends its own record; they are gone too now

        ChainVerification result = asAuditor(trail::verifyChain);

        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    }

    private String write(int count) {
        String id = unique();
        for (int i = 0; i < count; i++) {
            String summary = "n" + i;
            transactions.executeWithoutResult(s -> events.publishEvent(new SampleWritten(id, summary)));
        }
        return id;
    }

    /** A change made with direct database access; on PostgreSQL the table owner first lifts the trigger. */
    private void behindTheApplicationsBack(String sql) {
        if (TestDatabases.postgresRequested()) {
            jdbc.execute("alter table audit_record disable trigger user");
        }
        try {
            jdbc.execute(sql);
        } finally {
            if (TestDatabases.postgresRequested()) {
                jdbc.execute("alter table audit_record enable trigger user");
            }
        }
    }
}
