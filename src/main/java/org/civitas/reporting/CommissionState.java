package org.civitas.reporting;

/** Where a commission (约稿) stands: units answer while it is open; closing it settles who answered and who missed. */
public enum CommissionState {
    /** Units may answer with submissions. */
    OPEN,
    /** Settled: answers are refused; units that never answered have missed it. Final. */
    CLOSED
}
