package org.civitas.statistics;

import java.util.regex.Pattern;

/**
 * A named figure of a unit for a period (报送数, 采用数, 采用率, 积分…), declared by a
 * {@link UnitFigureSource}. The kind says how it is shown and how the figures of a unit type and of
 * all units are formed from the units' figures.
 *
 * @param key unique among all sources, e.g. {@code adopted}; also the column's key in sorting and exports
 * @param messageKey the column heading; {@code <messageKey>.phrase} (optional, one argument: the value)
 *     words it in the bulletin's totals, {@code <messageKey>.missed} (optional) heads the list of units
 *     without a {@link Kind#FLAG}
 * @param numerator for a {@link Kind#RATE}: the figure divided …
 * @param denominator … by this one; both may come from any source
 */
public record Figure(String key, String messageKey, Kind kind, String numerator, String denominator) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /** How a figure is shown and summed up. */
    public enum Kind {
        /** A whole number; a type's and the total figure are the sums. */
        COUNT,
        /** A number with decimals (points of a score); summed like a count. */
        NUMBER,
        /** {@code numerator / denominator} in percent, computed here for units, types and totals alike. */
        RATE,
        /** Yes (1) or no (0), e.g. quota met; a type's figure is how many of its units have yes. */
        FLAG,
        /** Meaningful per unit only (e.g. a position in another ranking); not summed. */
        ORDINAL
    }

    public Figure {
        if (key == null || !KEY.matcher(key).matches() || messageKey == null || kind == null) {
            throw new IllegalArgumentException("figure needs a key like 'adopted', a message key and a kind: " + key);
        }
        if ((kind == Kind.RATE) != (numerator != null && denominator != null)) {
            throw new IllegalArgumentException("a rate, and only a rate, names its numerator and denominator: " + key);
        }
    }

    public static Figure count(String key, String messageKey) {
        return new Figure(key, messageKey, Kind.COUNT, null, null);
    }

    public static Figure number(String key, String messageKey) {
        return new Figure(key, messageKey, Kind.NUMBER, null, null);
    }

    public static Figure flag(String key, String messageKey) {
        return new Figure(key, messageKey, Kind.FLAG, null, null);
    }

    public static Figure ordinal(String key, String messageKey) {
        return new Figure(key, messageKey, Kind.ORDINAL, null, null);
    }

    public static Figure rate(String key, String messageKey, String numerator, String denominator) {
        return new Figure(key, messageKey, Kind.RATE, numerator, denominator);
    }

    /**
     * The value as the table shows it: whole numbers, up to two decimals, a percentage with one decimal;
     * "—" for no value. A flag gives "1" or "0" (the page and the files put yes or no in words).
     */
    public String format(Double value) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        return switch (kind) {
            case COUNT, ORDINAL -> String.valueOf(Math.round(value));
            case NUMBER ->
                new java.math.BigDecimal(value)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
            case RATE ->
                new java.math.BigDecimal(value)
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .toPlainString()
                        + "%";
            case FLAG -> value != 0 ? "1" : "0";
        };
    }

    /** Whether a type's and the total figure are the sum of the units' figures. */
    public boolean summed() {
        return kind == Kind.COUNT || kind == Kind.NUMBER;
    }
}
