package org.civitas.exchange.cli;

import org.springframework.context.ApplicationContext;

/**
 * Where an operator command gets the application it works in. {@code java -jar civitas.jar <command>}
 * starts the application for each command and closes it afterwards ({@link StartedPerCommand}); the
 * commands themselves only use the context they are lent, so they run unchanged in an application that is
 * already up, which then stays up (the integration tests run them in the application they share).
 */
interface CommandApplication {

    /**
     * The application for one command, until the lease is closed. Throws {@link NotStarted}, worded for the
     * operator, when the application cannot start.
     */
    Lease open(String command, OperatorOptions options, CliMessages messages);

    /** The context a command works in, where its failures are logged, and what closing the lease does. */
    record Lease(ApplicationContext context, String logFile, Runnable release) implements AutoCloseable {

        @Override
        public void close() {
            release.run();
        }
    }

    /** The application did not start; the message says why, in the operator's language. */
    final class NotStarted extends RuntimeException {

        NotStarted(String explanation, Throwable cause) {
            super(explanation, cause);
        }
    }
}
