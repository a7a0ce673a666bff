package org.civitas.exchange.cli;

import java.util.List;

/** What one run of the command line gave: its exit code, standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {

    /** The value a script captures: the last non-blank line of standard output. */
    String lastLine() {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }
}
