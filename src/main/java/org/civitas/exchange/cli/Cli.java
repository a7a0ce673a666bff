package org.civitas.exchange.cli;

/**
 * What every command needs: the application to serve, the application the operator commands work in, the
 * terminal, and the texts in the operator's language.
 */
record Cli(Class<?> application, Terminal terminal, CliMessages messages, CommandApplication commandApplication) {

    /** The command line of {@code java -jar civitas.jar}: each operator command starts the application for itself. */
    Cli(Class<?> application, Terminal terminal, CliMessages messages) {
        this(application, terminal, messages, new StartedPerCommand(application));
    }

    void note(String text) {
        terminal.err().println(text);
        terminal.err().flush();
    }

    void value(String text) {
        terminal.out().println(text);
        terminal.out().flush();
    }
}
