package org.civitas.statistics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.UnitFigureSource;
import org.civitas.statistics.UnitFigures;
import org.springframework.stereotype.Component;

/**
 * Every figure of every {@link UnitFigureSource}, checked once at start-up (unique keys, rates over
 * figures that exist), and the arithmetic that turns the sources' raw values into rows: rates per unit,
 * sums per kind of unit and in all.
 */
@Component
class FigureCatalogue {

    private final List<UnitFigureSource> sources;
    private final List<Figure> figures;
    private final Map<String, Figure> byKey = new LinkedHashMap<>();

    /** Spring hands the sources over sorted by their {@code @Order}, which is the columns' order. */
    FigureCatalogue(List<UnitFigureSource> sources) {
        this.sources = List.copyOf(sources);
        List<Figure> all = new ArrayList<>();
        for (UnitFigureSource source : sources) {
            for (Figure f : source.figures()) {
                if (byKey.putIfAbsent(f.key(), f) != null) {
                    throw new IllegalStateException("Two figure sources declare the figure '" + f.key() + "'");
                }
                all.add(f);
            }
        }
        for (Figure f : all) {
            if (f.kind() == Figure.Kind.RATE
                    && (!byKey.containsKey(f.numerator()) || !byKey.containsKey(f.denominator()))) {
                throw new IllegalStateException("The rate '" + f.key() + "' divides figures nobody provides");
            }
        }
        this.figures = List.copyOf(all);
    }

    List<Figure> figures() {
        return figures;
    }

    Figure find(String key) {
        return key == null ? null : byKey.get(key);
    }

    /** Every figure of every unit for a period, rates included; a unit without a value has 0. */
    Map<Long, Map<String, Double>> unitValues(Period period, Set<Long> organisationIds) {
        Map<Long, Map<String, Double>> rows = new HashMap<>();
        organisationIds.forEach(id -> rows.put(id, new HashMap<>()));
        if (organisationIds.isEmpty()) {
            return rows;
        }
        for (UnitFigureSource source : sources) {
            UnitFigures found = source.values(period, Set.copyOf(organisationIds));
            for (Figure f : source.figures()) {
                if (f.kind() == Figure.Kind.RATE) {
                    continue;
                }
                for (long id : organisationIds) {
                    var value = found.get(id, f.key());
                    if (value.isPresent() || f.kind() != Figure.Kind.ORDINAL) {
                        rows.get(id).put(f.key(), value.orElse(0));
                    }
                }
            }
        }
        rows.values().forEach(this::rates);
        return rows;
    }

    /** The figures of several units together: sums, rates of the sums, and how many units have each flag. */
    Map<String, Double> combined(Collection<Map<String, Double>> units) {
        Map<String, Double> sum = new HashMap<>();
        for (Figure f : figures) {
            switch (f.kind()) {
                case COUNT, NUMBER ->
                    sum.put(
                            f.key(),
                            units.stream()
                                    .mapToDouble(u -> u.getOrDefault(f.key(), 0d))
                                    .sum());
                case FLAG ->
                    sum.put(f.key(), (double) units.stream()
                            .filter(u -> u.getOrDefault(f.key(), 0d) != 0)
                            .count());
                default -> {}
            }
        }
        rates(sum);
        return sum;
    }

    private void rates(Map<String, Double> row) {
        Set<String> done = new HashSet<>();
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.RATE && done.add(f.key())) {
                Double n = row.get(f.numerator());
                Double d = row.get(f.denominator());
                if (n != null && d != null && d > 0) {
                    row.put(f.key(), n * 100 / d);
                } else {
                    row.remove(f.key());
                }
            }
        }
    }
}
