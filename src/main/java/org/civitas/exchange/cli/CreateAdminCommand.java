package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import org.civitas.identity.trusted.OperatorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "create-admin", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CreateAdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, paramLabel = "NAME")
    String username;

    @Option(names = "--display-name", paramLabel = "TEXT")
    String displayName;

    @Option(names = "--password-stdin")
    boolean passwordStdin;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    CreateAdminCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String password = passwordStdin ? PasswordInput.read(cli, spec) : null;
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            String chosen = context.getBean(OperatorCommands.class).createAdmin(username, displayName, password);
            return passwordStdin
                    ? Outcome.note(cli.messages().text("admin.created", username))
                    : new Outcome(cli.messages().text("admin.created.generated", username), chosen);
        });
    }
}
