package org.civitas.reporting;

/** A place in a ranking: units with equal points share the rank, and the next rank skips (1, 1, 3). */
public record RankedUnit(int rank, UnitScore score) {}
