/** The console's statistics page, its chart data, and the spreadsheet and bulletin downloads. */
package org.civitas.statistics.web;
