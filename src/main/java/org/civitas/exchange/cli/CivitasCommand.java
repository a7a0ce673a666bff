package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of {@code java -jar civitas.jar}: only help and version; the work is in the subcommands. */
@Command(name = "civitas", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CivitasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // the launcher sends a bare invocation to serve, so this runs only for unusual input
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
