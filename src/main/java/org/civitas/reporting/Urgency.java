package org.civitas.reporting;

/** How fast the office must look at a submission; the inbox sorts the most urgent first. */
public enum Urgency {
    /** 特急: at once (emergencies). */
    EXTRA_URGENT,
    /** 急: the same day. */
    URGENT,
    /** 平: routine. */
    ROUTINE
}
