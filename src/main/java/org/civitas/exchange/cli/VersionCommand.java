package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class VersionCommand implements Callable<Integer> {

    private final Cli cli;

    VersionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        for (String line : new VersionInfo().getVersion()) {
            cli.value(line);
        }
        return ExitCodes.OK;
    }
}
