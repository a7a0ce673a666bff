package org.civitas.exchange.cli;

import java.util.function.Consumer;
import org.civitas.exchange.backup.BackupProgress;

/**
 * Prints a backup's or restore's progress on standard error, one line per phase step of ten percent (or per
 * thousand blobs), so that a terminal shows it moving and a log stays short; quiet for {@code --json}.
 */
final class BackupProgressLines implements Consumer<BackupProgress> {

    private final Cli cli;
    private final boolean quiet;
    private String phase = "";
    private long step = -1;

    BackupProgressLines(Cli cli, boolean quiet) {
        this.cli = cli;
        this.quiet = quiet;
    }

    @Override
    public void accept(BackupProgress p) {
        if (quiet) {
            return;
        }
        long current = p.total() > 0 ? p.done() * 10 / p.total() : p.done() / 1000;
        if (p.phase().equals(phase) && current == step) {
            return;
        }
        phase = p.phase();
        step = current;
        cli.note(
                p.total() > 0
                        ? cli.messages()
                                .text("backup.progress", p.phase(), p.done(), p.total(), p.done() * 100 / p.total())
                        : cli.messages().text("backup.progress.count", p.phase(), p.done()));
    }
}
