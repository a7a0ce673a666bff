package org.civitas.exchange.cli;

/**
 * What a finished operator command shows: a note for the person (standard error) and, optionally,
 * the one value a script wants (standard output, alone on the last line); and its exit code, which is
 * {@link ExitCodes#OK} unless the command did only part of its work ({@link ExitCodes#PARTIAL}) or found
 * what it checks wanting ({@link ExitCodes#REFUSED}).
 */
record Outcome(String note, String value, int exitCode) {

    Outcome(String note, String value) {
        this(note, value, ExitCodes.OK);
    }

    static Outcome note(String note) {
        return new Outcome(note, null);
    }
}
