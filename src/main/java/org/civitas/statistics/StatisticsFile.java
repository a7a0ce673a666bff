package org.civitas.statistics;

import java.io.IOException;
import java.io.OutputStream;

/** An export ready to be written to a response, so that large tables stream instead of sitting in memory. */
public interface StatisticsFile {

    String filename();

    String contentType();

    void writeTo(OutputStream out) throws IOException;
}
