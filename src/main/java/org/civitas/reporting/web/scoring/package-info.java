/** The units' score ranking, the scoring rules and the monthly quota settlement in the console. */
package org.civitas.reporting.web.scoring;
