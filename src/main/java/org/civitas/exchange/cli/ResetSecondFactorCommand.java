package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import org.civitas.identity.trusted.OperatorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Break-glass for a lost authenticator that nobody in the console may reset (the top-level security
 * administrator): run on the server by the operator, audited with the actor {@code cli}.
 */
@Command(name = "reset-second-factor", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ResetSecondFactorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ResetSecondFactorCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            context.getBean(OperatorCommands.class).resetSecondFactor(user);
            return Outcome.note(cli.messages().text("second-factor.reset", user));
        });
    }
}
