package org.civitas.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.UnitFigureSource;
import org.civitas.statistics.UnitFigures;
import org.junit.jupiter.api.Test;

/**
 * How figures from several sources become rows: a second source (as a later score source would be)
 * adds its columns, rates may divide figures of different sources, sums and flag counts per group.
 */
class FigureCatalogueTest {

    /** A source with fixed values, standing in for the reporting module's. */
    private static UnitFigureSource source(List<Figure> figures, Map<Long, Map<String, Double>> values) {
        return new UnitFigureSource() {
            @Override
            public List<Figure> figures() {
                return figures;
            }

            @Override
            public UnitFigures values(Period period, Set<Long> organisationIds) {
                var found = new UnitFigures();
                values.forEach((id, row) -> {
                    if (organisationIds.contains(id)) {
                        row.forEach((key, value) -> found.put(id, key, value));
                    }
                });
                return found;
            }
        };
    }

    private final UnitFigureSource desk = source(
            List.of(
                    Figure.count("submitted", "s"),
                    Figure.count("adopted", "a"),
                    Figure.rate("adoptionRate", "r", "adopted", "submitted"),
                    Figure.flag("quotaMet", "q")),
            Map.of(
                    1L, Map.of("submitted", 4d, "adopted", 1d, "quotaMet", 1d),
                    2L, Map.of("submitted", 0d, "adopted", 0d, "quotaMet", 0d)));

    private final UnitFigureSource score = source(
            List.of(
                    Figure.number("score", "p"),
                    Figure.rate("pointsPerItem", "pp", "score", "submitted"),
                    Figure.ordinal("provincialRank", "pr")),
            Map.of(1L, Map.of("score", 2.5d, "provincialRank", 7d)));

    @Test
    void aSecondSourceAddsColumnsAndRatesMayCrossSources() {
        var catalogue = new FigureCatalogue(List.of(desk, score));
        assertThat(catalogue.figures())
                .extracting(Figure::key)
                .containsExactly(
                        "submitted", "adopted", "adoptionRate", "quotaMet", "score", "pointsPerItem", "provincialRank");
        var rows = catalogue.unitValues(Period.month(2026, 10), Set.of(1L, 2L));
        assertThat(rows.get(1L))
                .containsEntry("adoptionRate", 25d)
                .containsEntry("score", 2.5d)
                .containsEntry("pointsPerItem", 62.5d)
                .containsEntry("provincialRank", 7d);
        // nothing submitted: no rate; a unit the score source did not mention scores 0 and has no rank
        assertThat(rows.get(2L)).containsEntry("score", 0d).doesNotContainKeys("adoptionRate", "provincialRank");
        var sum = catalogue.combined(rows.values());
        assertThat(sum)
                .containsEntry("submitted", 4d)
                .containsEntry("adoptionRate", 25d)
                .containsEntry("quotaMet", 1d)
                .doesNotContainKey("provincialRank");
    }

    @Test
    void refusesTwoSourcesClaimingOneFigureAndRatesOfNothing() {
        assertThatThrownBy(() -> new FigureCatalogue(List.of(desk, desk)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("submitted");
        var orphan = source(List.of(Figure.rate("perHead", "x", "score", "staff")), Map.of());
        assertThatThrownBy(() -> new FigureCatalogue(List.of(orphan))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void periodsAndFormats() {
        assertThat(Period.parse("2026-10").code()).isEqualTo("2026-10");
        assertThat(Period.parse("2026-Q4").monthsWithin())
                .extracting(Period::code)
                .containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(Period.parse("2026").months()).isEqualTo(12);
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
        assertThat(Figure.rate("r", "r", "a", "b").format(37.54)).isEqualTo("37.5%");
        assertThat(Figure.number("n", "n").format(2.50)).isEqualTo("2.5");
        assertThat(Figure.count("c", "c").format(null)).isEqualTo("—");
    }
}
