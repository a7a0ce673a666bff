package org.civitas.exchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civitas.exchange.backup.LogicalBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds an empty installation from a backup archive: checks every part, loads rows and blobs (all or
 * nothing), rebuilds the search index and verifies the restored audit trail. Partial success (exit 4) when the
 * audit trail does not verify after the restore. See docs/backup.md.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Option(names = "--json", descriptionKey = "backup.json")
    boolean json;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    RestoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            cli.note(cli.messages().text("restore.file.missing", file));
            return ExitCodes.USAGE;
        }
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            var report = context.getBean(LogicalBackup.class).restore(file, new BackupProgressLines(cli, json));
            long millis = Math.max(1, report.took().toMillis());
            boolean intact = report.chain().intact();
            String note = cli.messages()
                            .text(
                                    "restore.done",
                                    file,
                                    report.manifest().createdAt(),
                                    report.rows(),
                                    report.blobs(),
                                    report.indexed(),
                                    millis)
                    + System.lineSeparator()
                    + (intact
                            ? cli.messages()
                                    .text("restore.chain.intact", report.chain().checked())
                            : cli.messages()
                                    .text(
                                            "restore.chain.broken",
                                            report.chain().firstBrokenId(),
                                            report.chain().problem()));
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("file", file.toAbsolutePath().normalize().toString());
            value.put("schemaVersion", report.manifest().schemaVersion());
            value.put("rows", report.rows());
            value.put("blobs", report.blobs());
            value.put("indexed", report.indexed());
            value.put("auditChainIntact", intact);
            value.put("millis", millis);
            return new Outcome(
                    note,
                    json ? JsonMapper.builder().build().writeValueAsString(value) : null,
                    intact ? ExitCodes.OK : ExitCodes.PARTIAL);
        });
    }
}
