/** Commissions in the console: what the office asks of the units, and their answers. */
package org.civitas.reporting.web.commission;
