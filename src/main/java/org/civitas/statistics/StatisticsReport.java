package org.civitas.statistics;

import java.util.List;
import java.util.Map;

/**
 * The figures of every unit in the viewer's scope for one period, the sums per kind of unit and in
 * all, and the figures month by month (for the trend chart).
 *
 * @param group the kind of unit asked for, or null for all
 * @param figures every column, in order, from all sources
 * @param rankedBy the figure the ranking follows (most first)
 * @param units in the order asked for
 * @param groups one row per kind of unit (all kinds, or the one asked for)
 * @param trend the totals of each month: the twelve months up to a month asked for, else the months
 *     of the quarter or year
 * @param charts what the charts show, as configured
 */
public record StatisticsReport(
        Period period,
        String group,
        List<Figure> figures,
        String rankedBy,
        List<UnitRow> units,
        List<GroupRow> groups,
        GroupRow total,
        List<TrendPoint> trend,
        ChartHints charts) {

    /**
     * @param topUnits how many units the bar chart of {@link #rankedBy} shows
     * @param trendFigures the figures the month-by-month chart draws (those that exist)
     */
    public record ChartHints(int topUnits, List<String> trendFigures) {}

    /**
     * One unit's figures.
     *
     * @param rank 1 for the most of {@link #rankedBy}; equal figures share a rank
     * @param values by figure key; a rate of nothing (0 / 0) has no value
     */
    public record UnitRow(StatisticsUnit unit, String groupMessageKey, int rank, Map<String, Double> values) {

        public Double value(String key) {
            return values.get(key);
        }
    }

    /**
     * The figures of a kind of unit, or of all units ({@code group} null): sums of counts, rates of the
     * sums, and for a flag how many units have it.
     */
    public record GroupRow(UnitGroup group, int unitCount, Map<String, Double> values) {

        public Double value(String key) {
            return values.get(key);
        }
    }

    /** The totals of one month. */
    public record TrendPoint(Period month, Map<String, Double> values) {

        public Double value(String key) {
            return values.get(key);
        }
    }

    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }
}
