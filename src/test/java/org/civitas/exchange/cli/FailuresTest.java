package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static SQLException h2InUse() {
        return new SQLException(
                "Database may be already in use: \"/srv/civitas/db/civitas.mv.db\". Possible solutions: close all"
                        + " other connection(s); use the server mode [90020-240]",
                "90020",
                90020);
    }

    @Test
    void findsH2sDatabaseInUseDeepInTheCauseChain() {
        var startup = new IllegalStateException(
                "Failed to initialize dependency 'flywayInitializer'",
                new RuntimeException("Unable to obtain connection from database", h2InUse()));
        assertThat(Failures.databaseInUse(startup)).isTrue();
        assertThat(Failures.databaseInUse(new RuntimeException(new SQLException("other", "08001", 90021))))
                .isFalse();
        assertThat(Failures.databaseInUse(new RuntimeException("Database may be already in use: x")))
                .isTrue();
    }

    @Test
    void theRootReasonIsTheInnermostMessagesFirstLine() {
        var failure = new IllegalStateException("outer", new RuntimeException("inner\nstack details"));
        assertThat(Failures.rootReason(failure)).isEqualTo("inner");
        assertThat(Failures.rootReason(new IllegalStateException(new NullPointerException())))
                .isEqualTo("NullPointerException");
    }

    @Test
    void survivesACauseCycle() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Failures.databaseInUse(a)).isFalse();
        assertThat(Failures.rootReason(a)).isEqualTo("b");
    }
}
