package org.civitas.exchange.cli;

/** A reason a line of an import cannot be imported, already in the operator's language. */
final class LineProblem extends RuntimeException {
    LineProblem(String message) {
        super(message, null, false, false);
    }
}
