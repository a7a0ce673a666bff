package org.civitas.exchange.cli;

import java.util.function.Function;
import java.util.function.Supplier;
import org.civitas.platform.DomainException;
import org.civitas.platform.RunningAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Runs one operator command in the application its {@link CommandApplication} lends it (from
 * {@code java -jar civitas.jar}: started for the command, without its web server), acts as
 * {@code cli:<os user>} so that the audit trail shows who ran it, gives the application back (closing
 * one started for the command) and only then prints the result, so that the value a script captures is
 * the last line of standard output.
 */
final class OperatorRun {

    private static final Logger log = LoggerFactory.getLogger(OperatorRun.class);

    private final Cli cli;

    OperatorRun(Cli cli) {
        this.cli = cli;
    }

    int run(String command, OperatorOptions options, Function<ApplicationContext, Outcome> work) {
        CommandApplication.Lease lease;
        try {
            lease = cli.commandApplication().open(command, options, cli.messages());
        } catch (CommandApplication.NotStarted e) {
            cli.note(e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
        Outcome outcome = null;
        String problem = null;
        int code;
        try {
            outcome = asOperator(() -> work.apply(lease.context()));
            code = outcome.exitCode();
        } catch (DomainException e) {
            problem = cli.messages().text("refused", reason(lease.context(), e));
            code = ExitCodes.REFUSED;
        } catch (RuntimeException e) {
            log.error("Command {} failed", command, e);
            problem = cli.messages().text("failed", Failures.rootReason(e), lease.logFile());
            code = ExitCodes.ENVIRONMENT;
        } finally {
            lease.close();
        }
        if (problem != null) {
            cli.note(problem);
        }
        if (outcome != null) {
            cli.note(outcome.note());
            if (outcome.value() != null) {
                cli.value(outcome.value());
            }
        }
        return code;
    }

    /** The audit trail records {@code cli:<os user>}; no authorities, since operator commands are not permission-guarded. */
    static String actor() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }

    private static Outcome asOperator(Supplier<Outcome> work) {
        return RunningAs.operator(actor(), work);
    }

    private String reason(ApplicationContext context, DomainException e) {
        return context.getMessage(
                e.messageKey(), e.arguments(), e.messageKey(), cli.messages().locale());
    }
}
