package org.civitas.exchange.cli;

/**
 * What a successful operator command shows: a note for the person (standard error) and, optionally,
 * the one value a script wants (standard output, alone on the last line).
 */
record Outcome(String note, String value) {

    static Outcome note(String note) {
        return new Outcome(note, null);
    }
}
