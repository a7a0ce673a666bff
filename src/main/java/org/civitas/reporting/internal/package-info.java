/** Persistence, rules and services of the reporting module. */
package org.civitas.reporting.internal;
