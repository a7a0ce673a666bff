package org.civitas.exchange.cli;

/**
 * What a successful operator command shows: a note for the person (standard error) and, optionally,
 * the one value a script wants (standard output, alone on the last line), and the exit code
 * (success, or partial success when some items were refused).
 */
record Outcome(String note, String value, int exitCode) {

    Outcome(String note, String value) {
        this(note, value, ExitCodes.OK);
    }

    static Outcome note(String note) {
        return new Outcome(note, null);
    }
}
