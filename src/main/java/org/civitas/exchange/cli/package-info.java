/** The command line: picocli commands that serve the web application or run one operator command and exit. */
package org.civitas.exchange.cli;
