/** Assembling the statistics from the figure sources, the spreadsheet and bulletin files, settings and demo grants. */
package org.civitas.statistics.internal;
