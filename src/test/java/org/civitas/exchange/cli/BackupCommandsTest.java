package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The backup commands' usage: answered without starting the application. */
class BackupCommandsTest {

    private final TestTerminal io = TestTerminal.english();

    private int run(String... args) {
        return new Launcher(LauncherTest.MustNotStart.class, io.terminal).execute(args);
    }

    @Test
    void backupNeedsAFile() {
        assertThat(run("backup")).isEqualTo(ExitCodes.USAGE);
        assertThat(io.err()).contains("--to=FILE");
    }

    @Test
    void restoreRefusesAFileItCannotReadBeforeStartingAnything() {
        assertThat(run("restore", "/nonexistent/civitas-backup.zip")).isEqualTo(ExitCodes.USAGE);
        assertThat(io.err()).contains("Cannot read the backup file /nonexistent/civitas-backup.zip");
    }

    @Test
    void helpShowsBothCommandsAndThePartialExitCode() {
        assertThat(run("--help")).isZero();
        assertThat(io.out()).contains("backup", "restore", "4  partly done");
    }
}
