package org.civitas.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 rows. Cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) get a leading apostrophe, since summaries contain
 * whatever users typed (OWASP "CSV injection").
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0
                || safe.startsWith(" ")
                || safe.endsWith(" ");
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
