package org.civitas.exchange.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.civitas.platform.RunningAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's own backups: on {@link BackupSettings#cron()} it writes {@code civitas-<UTC time>.zip} into the
 * backup directory and then removes the oldest of its own files beyond {@link BackupSettings#keep()}. On the
 * embedded H2 database this is the way to back up while serving (the database file belongs to the server).
 */
@Component
public class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "civitas-";
    private static final String SUFFIX = ".zip";

    private final LogicalBackup backup;
    private final BackupSettings settings;
    private final Path directory;
    private final Clock clock;

    ScheduledBackup(
            LogicalBackup backup, BackupSettings settings, @Value("${civitas.data-dir}") Path dataDir, Clock clock) {
        this.backup = backup;
        this.settings = settings;
        this.directory = settings.directory() != null ? settings.directory() : dataDir.resolve("backups");
        this.clock = clock;
    }

    @Scheduled(cron = "${civitas.backup.cron:-}")
    void onSchedule() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed: {}", e.getMessage(), e);
        }
    }

    /** Writes one backup now and applies the retention; returns the new file. */
    public Path run() {
        return run(directory);
    }

    /** {@link #run()} into {@code into} (tests give a directory of their own). */
    public Path run(Path into) {
        Path file = into.resolve(PREFIX + STAMP.format(clock.instant()) + SUFFIX);
        var report = RunningAs.operator("system:backup", () -> backup.backup(file, p -> {}));
        log.info("Scheduled backup written: {} ({} bytes)", report.file(), report.archiveBytes());
        prune(into, Math.max(1, settings.keep()));
        return report.file();
    }

    /** Removes the oldest scheduled backups beyond {@code keep}; the time in their names sorts them. */
    static List<Path> prune(Path into, int keep) {
        try (Stream<Path> files = Files.list(into)) {
            List<Path> ours = files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted()
                    .toList();
            List<Path> old = ours.subList(0, Math.max(0, ours.size() - keep));
            for (Path file : old) {
                Files.deleteIfExists(file);
                log.info("Removed an old scheduled backup: {}", file);
            }
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
