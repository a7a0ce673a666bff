package org.civitas.exchange.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server for one operator command (which creates or migrates the
 * schema, as {@code serve} does) and closes it when the command is done: the workflow engine's threads
 * would otherwise keep the JVM alive.
 */
record StartedPerCommand(Class<?> source) implements CommandApplication {

    private static final Logger log = LoggerFactory.getLogger(StartedPerCommand.class);

    @Override
    public Lease open(String command, OperatorOptions options, CliMessages messages) {
        Startup startup = new Startup(source, false);
        ConfigurableApplicationContext context;
        try {
            context = startup.run(options.springArguments(command));
        } catch (RuntimeException e) {
            throw new NotStarted(startup.explain(e, messages), e);
        }
        return new Lease(context, startup.logFile(), () -> close(context));
    }

    private static void close(ConfigurableApplicationContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            log.warn("The application did not close cleanly after a command", e);
        }
    }
}
