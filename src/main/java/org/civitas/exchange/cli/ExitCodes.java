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

    /** Partly done: the command did what it could and names what it could not (refused lines, an import with warnings,
     * a restored audit trail that no longer verifies). */
    static final int PARTIAL = 4;

    private ExitCodes() {}
}
