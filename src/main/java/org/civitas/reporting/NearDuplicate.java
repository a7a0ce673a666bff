package org.civitas.reporting;

/**
 * A submission that looks like another.
 *
 * @param similarity estimated share of the two texts' character shingles they have in common, in percent
 */
public record NearDuplicate(SubmissionSummary submission, int similarity) {}
