/** Which organisations report to the desk, and as what kind of unit. */
package org.civitas.reporting.web.units;
