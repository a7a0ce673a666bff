package org.civitas.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civitas.audit.AuditOutcome;
import org.civitas.audit.AuditPermissions;
import org.civitas.audit.AuditTrail;
import org.civitas.audit.ChainVerification;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.support.GmProfileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under the gm profile new records are linked with SM3; a chain that changes algorithm (here
 * SM3 → SHA-256 → SM3, as an installation switching profile back and forth would) verifies whole,
 * each record by the algorithm it names.
 */
@GmProfileTest
class ChainAlgorithmSwitchIntegrationTest {

    @Autowired
    AuditAppender appender;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChainVerifiesAcrossChangesOfAlgorithm() {
        String id = UUID.randomUUID().toString();

        append(id, null);
        append(id, DigestAlgorithm.SHA_256);
        append(id, DigestAlgorithm.SHA_256);
        append(id, null);

        List<String> algorithms = jdbc.queryForList(
                "select hash_algorithm from audit_record where object_id = ? order by id", String.class, id);
        assertThat(algorithms).containsExactly("SM3", "SHA-256", "SHA-256", "SM3");
        ChainVerification result = asAuditor();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(4);
    }

    /** Appends with the configured algorithm ({@code null}) or the one given. */
    private void append(String objectId, DigestAlgorithm algorithm) {
        var facts = new AuditFacts(
                Instant.now(),
                "tester",
                "127.0.0.1",
                "sample:write",
                "Sample",
                objectId,
                "switch",
                AuditOutcome.SUCCESS);
        transactions.executeWithoutResult(status -> {
            if (algorithm == null) {
                appender.append(facts);
            } else {
                appender.append(facts, algorithm);
            }
        });
    }

    private ChainVerification asAuditor() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("auditor", null, AuditPermissions.READ));
        try {
            return trail.verifyChain();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
