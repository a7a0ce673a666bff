package org.civitas.exchange.cli;

import org.civitas.CivitasApplication;
import org.springframework.context.ApplicationContext;

/**
 * The command line's real entry point (picocli, the same commands, messages and exit codes) run in the
 * test's JVM, in English, with the operator commands working in the application the test runs in instead
 * of starting one each: a command costs milliseconds, not a start. The application stays up; what a
 * command changes stays in the database the other tests share, so use names of your own.
 */
final class InProcessCommandLine {

    private final CommandApplication running;

    InProcessCommandLine(ApplicationContext context) {
        this.running = (command, options, messages) -> new CommandApplication.Lease(
                context, context.getEnvironment().getProperty("logging.file.name", "-"), () -> {});
    }

    CommandRun run(String... args) {
        TestTerminal io = TestTerminal.english();
        var cli = new Cli(CivitasApplication.class, io.terminal, new CliMessages(io.terminal.locale()), running);
        int code = new Launcher(cli).execute(args);
        return new CommandRun(code, io.out(), io.err());
    }
}
