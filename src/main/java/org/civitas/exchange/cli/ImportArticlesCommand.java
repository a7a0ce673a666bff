package org.civitas.exchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Imports and publishes articles from a JSON Lines file, all or nothing (see {@link ArticleImport}). */
@Command(name = "import-articles", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ImportArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "import-articles.file")
    Path file;

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
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            long start = System.nanoTime();
            var result = new ArticleImport(context, cli.messages())
                    .run(
                            file,
                            OperatorRun.actor(),
                            done -> cli.note(cli.messages().text("import.progress", done)));
            double seconds = (System.nanoTime() - start) / 1e9;
            return Outcome.note(cli.messages()
                    .text("import.done", result.articles(), result.sites(), String.format("%.1f", seconds)));
        });
    }
}
