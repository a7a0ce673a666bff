package org.civitas.statistics;

/**
 * What the statistics page asks for.
 *
 * @param period null for the current month
 * @param group a {@link UnitGroup#code()}, or null for every kind of unit
 * @param sort {@code rank} (null too), {@code name}, {@code group} or a {@link Figure#key()}
 * @param descending the sort direction
 */
public record StatisticsQuery(Period period, String group, String sort, boolean descending) {

    public static StatisticsQuery of(Period period) {
        return new StatisticsQuery(period, null, null, false);
    }
}
