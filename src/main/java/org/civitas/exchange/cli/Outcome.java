package org.civitas.exchange.cli;

/**
 * What a finished operator command shows: a note for the person (standard error) and, optionally,
 * the one value a script wants (standard output, alone on the last line); {@code partial} when it did its
 * work but not all of it (exit code {@link ExitCodes#PARTIAL}).
 */
record Outcome(String note, String value, boolean partial) {

    Outcome(String note, String value) {
        this(note, value, false);
    }

    static Outcome note(String note) {
        return new Outcome(note, null);
    }
}
