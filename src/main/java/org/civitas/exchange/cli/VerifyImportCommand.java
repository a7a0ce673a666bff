package org.civitas.exchange.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.civitas.exchange.dxl.archive.DxlVerification;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Re-reads DXL exports and compares every item and file with what import-dxl stored: prints "lossless" or each
 * difference (exit code 1 then). Changes nothing.
 */
@Command(name = "verify-import", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class VerifyImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "verify-import.files")
    List<Path> files;

    @Option(names = "--json", descriptionKey = "verify-import.json")
    boolean json;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    VerifyImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                cli.note(cli.messages().text("import.file.missing", file));
                return ExitCodes.USAGE;
            }
        }
        return new OperatorRun(cli).run(spec.name(), options, work());
    }

    /** The command's work inside a started application (tests run it in their own context). */
    Function<ApplicationContext, Outcome> work() {
        return context -> {
            DxlVerification.Result result =
                    context.getBean(DxlVerification.class).verify(files);
            var text = new DxlReportText(cli.messages());
            String value = json ? DxlReportText.json(result) : result.lossless() ? "lossless" : "differences";
            return new Outcome(text.verification(result), value, result.lossless() ? ExitCodes.OK : ExitCodes.REFUSED);
        };
    }
}
