package org.civitas.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The figures a {@link UnitFigureSource} found, by organisation and figure key. Not thread-safe. */
public final class UnitFigures {

    private final Map<Long, Map<String, Double>> values = new HashMap<>();

    public UnitFigures put(long organisationId, String key, double value) {
        values.computeIfAbsent(organisationId, id -> new HashMap<>()).put(key, value);
        return this;
    }

    public OptionalDouble get(long organisationId, String key) {
        Double v = values.getOrDefault(organisationId, Map.of()).get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The value, or 0 when the source gave none (nothing counted). */
    public double getOrZero(long organisationId, String key) {
        return get(organisationId, key).orElse(0);
    }
}
