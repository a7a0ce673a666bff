/** Reporting units: which organisations report, their unit types and quotas, and the roster the statistics read. */
package org.civitas.reporting.internal.units;
