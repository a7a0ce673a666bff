package org.civitas.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads stored records directly, bypassing the module (as an auditor's database client would). */
final class AuditRecordsTestSupport {

    private AuditRecordsTestSupport() {}

    static String unique() {
        return UUID.randomUUID().toString();
    }

    static List<AuditEntry> recordsFor(JdbcTemplate jdbc, String column, String value) {
        return jdbc.query(
                "select * from audit_record where " + column + " = ? order by id",
                (rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("actor"),
                        rs.getString("address"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("summary"),
                        AuditOutcome.valueOf(rs.getString("outcome"))),
                value);
    }

    /** Runs {@code work} as an auditor (outside any request). */
    static <T> T asAuditor(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("auditor", null, AuditPermissions.READ));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
