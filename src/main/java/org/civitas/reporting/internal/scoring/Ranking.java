package org.civitas.reporting.internal.scoring;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.civitas.reporting.RankedUnit;
import org.civitas.reporting.UnitScore;

/**
 * Standard competition ranking: highest points first, equal points share a rank, the next rank skips; ties are
 * listed in the Chinese collation order of their names (pinyin), as printed bulletins list them.
 */
final class Ranking {

    private Ranking() {}

    static List<RankedUnit> of(List<UnitScore> scores) {
        List<UnitScore> sorted = scores.stream()
                .sorted(Comparator.comparing(UnitScore::points)
                        .reversed()
                        .thenComparing(UnitScore::unitName, Collator.getInstance(Locale.SIMPLIFIED_CHINESE))
                        .thenComparing(UnitScore::organisationId))
                .toList();
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie =
                    i > 0 && sorted.get(i).points().compareTo(sorted.get(i - 1).points()) == 0;
            ranked.add(new RankedUnit(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
