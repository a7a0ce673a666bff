/** Demo data of the journal module, created at start-up only when demo data is on. */
package org.civitas.journal.internal.demo;
