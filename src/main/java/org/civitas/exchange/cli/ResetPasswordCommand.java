package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import org.civitas.identity.trusted.OperatorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reset-password", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ResetPasswordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Option(names = "--password-stdin")
    boolean passwordStdin;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ResetPasswordCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String password = passwordStdin ? PasswordInput.read(cli, spec) : null;
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            String chosen = context.getBean(OperatorCommands.class).resetPassword(user, password);
            return passwordStdin
                    ? Outcome.note(cli.messages().text("password.reset", user))
                    : new Outcome(cli.messages().text("password.reset.generated", user), chosen);
        });
    }
}
