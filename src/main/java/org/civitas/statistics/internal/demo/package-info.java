/** Demo data of the statistics module, created at start-up only when demo data is on. */
package org.civitas.statistics.internal.demo;
