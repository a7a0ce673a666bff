/** The register of leaders' instructions in the console. */
package org.civitas.reporting.web.instruction;
