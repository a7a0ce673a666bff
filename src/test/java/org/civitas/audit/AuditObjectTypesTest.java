package org.civitas.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Records stored under an older object-type name read, and are found, under today's name. */
class AuditObjectTypesTest {

    @Test
    void olderNamesReadAsTodays() {
        assertThat(AuditObjectTypes.current("journal.edition")).isEqualTo("Edition");
        assertThat(AuditObjectTypes.current("content.article")).isEqualTo("Article");
        assertThat(AuditObjectTypes.current("request")).isEqualTo("Request");
        assertThat(AuditObjectTypes.current("User")).isEqualTo("User");
        assertThat(AuditObjectTypes.current(null)).isNull();
        var entry = new AuditEntry(
                1, Instant.EPOCH, "a", null, "edition:read", "journal.edition", "7", "s", AuditOutcome.SUCCESS);
        assertThat(entry.objectType()).isEqualTo("Edition");
    }

    @Test
    void aFilterByTodaysNameFindsTheOlderOnes() {
        assertThat(AuditObjectTypes.stored("Edition")).containsExactlyInAnyOrder("Edition", "journal.edition");
        assertThat(AuditObjectTypes.stored("User")).containsExactly("User");
        assertThat(AuditObjectTypes.stored("journal.edition")).containsExactlyInAnyOrder("Edition", "journal.edition");
    }
}
