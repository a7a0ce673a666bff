package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import org.civitas.identity.UserView;
import org.civitas.identity.trusted.OperatorCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A machine client's account, for scripts that set up an installation (then create-token issues its token). */
@Command(name = "create-service-account", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class CreateServiceAccountCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, paramLabel = "NAME")
    String username;

    @Option(names = "--display-name", paramLabel = "TEXT")
    String displayName;

    @Option(names = "--organisation", required = true, paramLabel = "CODE", descriptionKey = "create-site.organisation")
    String organisation;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    CreateServiceAccountCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            UserView created =
                    context.getBean(OperatorCommands.class).createServiceAccount(username, displayName, organisation);
            return new Outcome(
                    cli.messages().text("service-account.created", created.username(), created.organisationName()),
                    created.username());
        });
    }
}
