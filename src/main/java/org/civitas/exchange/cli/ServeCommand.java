package org.civitas.exchange.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.civitas.platform.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web application; every argument goes to Spring ({@code --server.port=9090}, {@code --demo}). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    private final Cli cli;
    private volatile boolean serving;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Startup startup = new Startup(cli.application(), true);
        try {
            startup.run(springArguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            var refusal = Failures.refusal(e);
            if (refusal.isPresent()) {
                // refused by a rule the operator can satisfy (a first password weaker than the policy)
                DomainException r = refusal.get();
                cli.note(cli.messages().text("refused", cli.messages().text(r.messageKey(), r.arguments())));
                return ExitCodes.REFUSED;
            }
            cli.note(startup.explain(e, cli.messages()));
            return ExitCodes.ENVIRONMENT;
        }
        serving = true;
        return ExitCodes.OK;
    }

    /** Whether the web application is up: then the JVM lives on with it instead of exiting. */
    boolean serving() {
        return serving;
    }
}
