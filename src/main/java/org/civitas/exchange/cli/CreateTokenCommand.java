package org.civitas.exchange.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.civitas.identity.IssuedToken;
import org.civitas.identity.trusted.OperatorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "create-token", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CreateTokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME")
    String user;

    @Option(names = "--name", paramLabel = "TEXT", defaultValue = "cli")
    String name;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90")
    int days;

    // read-only (the account's *:read permissions) unless permissions are named
    @Option(names = "--scope", paramLabel = "PERMISSION", split = ",")
    java.util.Set<String> scope = java.util.Set.of();

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    CreateTokenCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            IssuedToken issued = context.getBean(OperatorCommands.class).createToken(user, name, days, scope);
            String until = DateTimeFormatter.ISO_LOCAL_DATE
                    .withZone(ZoneId.systemDefault())
                    .format(issued.token().expiresAt());
            return new Outcome(
                    cli.messages()
                            .text(
                                    "token.created",
                                    issued.token().name(),
                                    issued.token().username(),
                                    until),
                    issued.secret());
        });
    }
}
