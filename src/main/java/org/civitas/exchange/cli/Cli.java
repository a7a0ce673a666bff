package org.civitas.exchange.cli;

/** What every command needs: the application to start, the terminal, and the texts in the operator's language. */
record Cli(Class<?> application, Terminal terminal, CliMessages messages) {

    void note(String text) {
        terminal.err().println(text);
        terminal.err().flush();
    }

    void value(String text) {
        terminal.out().println(text);
        terminal.out().flush();
    }
}
