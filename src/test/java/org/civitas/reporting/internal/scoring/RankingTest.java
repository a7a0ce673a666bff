package org.civitas.reporting.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civitas.reporting.RankedUnit;
import org.civitas.reporting.UnitScore;
import org.civitas.reporting.UnitType;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static UnitScore unit(long id, String name, String points) {
        return new UnitScore(id, name, UnitType.COUNTY, new BigDecimal(points), 0, 0, 0, Map.of(), 0, 0, 0, 0);
    }

    @Test
    void equalPointsShareARankAndTheNextRankSkips() {
        List<RankedUnit> ranked = Ranking.of(List.of(
                unit(1, "茂县", "5.00"),
                unit(2, "理县", "12.5"),
                unit(3, "汶川县", "5"),
                unit(4, "黑水县", "-1"),
                unit(5, "松潘县", "12.50")));
        assertThat(ranked)
                .extracting(r -> r.score().organisationId(), RankedUnit::rank)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2L, 1),
                        org.assertj.core.groups.Tuple.tuple(5L, 1),
                        org.assertj.core.groups.Tuple.tuple(3L, 3),
                        org.assertj.core.groups.Tuple.tuple(1L, 3),
                        org.assertj.core.groups.Tuple.tuple(4L, 5));
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 1, 3, 3, 5);
    }
}
