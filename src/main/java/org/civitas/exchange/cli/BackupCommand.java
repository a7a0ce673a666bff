package org.civitas.exchange.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civitas.exchange.backup.LogicalBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a logical backup (rows as JSON Lines, blobs, manifest with checksums) of the installation to one file,
 * from one snapshot, while the installation may go on serving (on PostgreSQL; the embedded H2 file belongs to
 * one process, so there the server's scheduled backup does it). See docs/backup.md.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "backup.to")
    Path to;

    @Option(names = "--json", descriptionKey = "backup.json")
    boolean json;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            var report = context.getBean(LogicalBackup.class).backup(to, new BackupProgressLines(cli, json));
            var manifest = report.manifest();
            long millis = Math.max(1, report.took().toMillis());
            String note = cli.messages()
                    .text(
                            "backup.done",
                            report.file(),
                            manifest.tables().size(),
                            manifest.rows(),
                            manifest.blobs().count(),
                            report.archiveBytes(),
                            millis,
                            String.format("%.1f", manifest.bytes() / 1e6 / (millis / 1000.0)),
                            manifest.schemaVersion());
            if (!json) {
                return new Outcome(note, report.file().toString());
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("file", report.file().toString());
            value.put("schemaVersion", manifest.schemaVersion());
            value.put("tables", manifest.tables().size());
            value.put("rows", manifest.rows());
            value.put("blobs", manifest.blobs().count());
            value.put("archiveBytes", report.archiveBytes());
            value.put("millis", millis);
            return new Outcome(note, JsonMapper.builder().build().writeValueAsString(value));
        });
    }
}
