package org.civitas.statistics;

/** How long a statistics period is. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
