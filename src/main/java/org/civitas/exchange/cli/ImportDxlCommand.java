package org.civitas.exchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.civitas.exchange.dxl.archive.DxlImport;
import org.civitas.exchange.dxl.archive.FormMapping;
import org.civitas.exchange.dxl.archive.ImportReport;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports Lotus Notes DXL exports as legacy documents (see docs/dxl-import.md): all files are checked before
 * anything is written, then written in batches, skipping what an earlier run already imported.
 */
@Command(name = "import-dxl", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ImportDxlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import-dxl.files")
    List<Path> files;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "import-dxl.mapping")
    Path mapping;

    @Option(names = "--json", descriptionKey = "import-dxl.json")
    boolean json;

    @Option(names = "--batch-size", paramLabel = "N", descriptionKey = "import-dxl.batch-size")
    int batchSize = DxlImport.Options.standard().batchSize();

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ImportDxlCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        for (Path file : mapping == null ? files : concat(files, mapping)) {
            if (!Files.isReadable(file)) {
                cli.note(cli.messages().text("import.file.missing", file));
                return ExitCodes.USAGE;
            }
        }
        if (batchSize < 1) {
            cli.note(cli.messages().text("import-dxl.batch-size.invalid"));
            return ExitCodes.USAGE;
        }
        return new OperatorRun(cli).run(spec.name(), options, work(new DxlImport.Options(batchSize, 0)));
    }

    /** The command's work inside a started application, as the operator (tests run it in their own context). */
    Function<ApplicationContext, Outcome> work(DxlImport.Options importOptions) {
        return context -> {
            FormMapping forms = mapping == null ? FormMapping.standard() : FormMapping.read(mapping);
            ImportReport report = context.getBean(DxlImport.class)
                    .run(
                            files,
                            forms,
                            importOptions,
                            done -> cli.note(cli.messages().text("import-dxl.progress", done)));
            var text = new DxlReportText(cli.messages());
            int code = report.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
            return new Outcome(
                    text.report(report), json ? DxlReportText.json(report) : String.valueOf(report.documents), code);
        };
    }

    private static List<Path> concat(List<Path> files, Path mapping) {
        return java.util.stream.Stream.concat(files.stream(), java.util.stream.Stream.of(mapping))
                .toList();
    }
}
