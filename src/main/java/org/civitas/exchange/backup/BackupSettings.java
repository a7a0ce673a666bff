package org.civitas.exchange.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled backups ({@code civitas.backup.*}).
 *
 * @param cron when the server writes a backup (Spring cron, in the server's zone); {@code -} (the default) for never
 * @param directory where scheduled backups go; {@code null} means {@code ${civitas.data-dir}/backups}
 * @param keep how many scheduled backups to keep: after each new one, the oldest beyond this many are removed
 */
@ConfigurationProperties("civitas.backup")
public record BackupSettings(
        @DefaultValue("-") String cron,
        Path directory,
        @DefaultValue("7") int keep) {}
