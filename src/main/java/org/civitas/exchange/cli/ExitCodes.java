package org.civitas.exchange.cli;

/** Exit codes of the command line, documented in docs/command-line.md; scripts rely on them. */
final class ExitCodes {

    static final int OK = 0;

    /** A business rule refused the command (unknown user, weak password, taken username). */
    static final int REFUSED = 1;

    /** The command line itself was wrong (unknown command, missing option); picocli's default too. */
    static final int USAGE = 2;

    /** The environment kept the command from running: database in use or unreachable, unwritable data directory. */
    static final int ENVIRONMENT = 3;

    /** The command did part of its work and says what it could not do (an import with warnings). */
    static final int PARTIAL = 4;

    private ExitCodes() {}
}
