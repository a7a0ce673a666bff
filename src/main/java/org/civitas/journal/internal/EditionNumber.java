package org.civitas.journal.internal;

import java.time.LocalDate;

/** The number an edition gets at sign-off: within its year, running total, and the masthead date. */
record EditionNumber(int year, int number, int total, LocalDate issueDate) {}
