package org.civitas.exchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Imports and publishes articles from an old CMS's export (see {@link ArticleImport}): each line on its own,
 * matched to earlier imports by its source key. Exit code 0 when every line was taken, 4 (partial) when some
 * were refused, 1 when all were.
 */
@Command(name = "import-articles", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ImportArticlesCommand implements Callable<Integer> {

    /** Refused lines listed for a person; {@code --json} lists them all. */
    private static final int LISTED_REFUSALS = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "import-articles.file")
    Path file;

    @Option(names = "--folder", paramLabel = "DIR", descriptionKey = "import-articles.folder")
    Path folder;

    @Option(names = "--json", descriptionKey = "import-articles.json")
    boolean json;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ImportArticlesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            cli.note(cli.messages().text("import.file.missing", file));
            return ExitCodes.USAGE;
        }
        Path exportFolder = folder != null ? folder : file.toAbsolutePath().getParent();
        if (!Files.isDirectory(exportFolder)) {
            cli.note(cli.messages().text("import.folder.missing", exportFolder));
            return ExitCodes.USAGE;
        }
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            long start = System.nanoTime();
            ImportReport report = new ArticleImport(context, cli.messages())
                    .run(
                            file,
                            exportFolder,
                            OperatorRun.actor(),
                            done -> cli.note(cli.messages().text("import.progress", done)));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(note(report, seconds), json ? report.json(seconds) : null, report.exitCode());
        });
    }

    private String note(ImportReport report, double seconds) {
        var messages = cli.messages();
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED_REFUSALS, report.refusals.size()); i++) {
            var r = report.refusals.get(i);
            note.append(messages.text("import.line", r.line(), r.reason())).append('\n');
        }
        if (report.refused() > LISTED_REFUSALS) {
            note.append(messages.text("import.more", report.refused() - LISTED_REFUSALS))
                    .append('\n');
        }
        double rate = seconds > 0 ? report.lines() / seconds : 0;
        note.append(messages.text(
                "import.done",
                report.created,
                report.updated,
                report.unchanged,
                report.refused(),
                report.attachments,
                report.pictures,
                String.format("%.1f", report.bytes / 1048576.0),
                String.format("%.1f", seconds),
                String.format("%.0f", rate)));
        return note.toString();
    }
}
