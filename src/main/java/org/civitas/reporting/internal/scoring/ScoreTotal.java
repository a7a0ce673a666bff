package org.civitas.reporting.internal.scoring;

/** A unit's summed quantity of one rule code over a period, as {@link ScoreFacts#totals} reads it. */
record ScoreTotal(long organisationId, String ruleCode, long quantity) {}
