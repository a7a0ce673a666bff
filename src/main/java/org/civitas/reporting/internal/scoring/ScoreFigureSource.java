package org.civitas.reporting.internal.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.civitas.reporting.UnitScore;
import org.civitas.reporting.UnitScoring;
import org.civitas.reporting.internal.submission.ReportingFigureSource;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.UnitFigureSource;
import org.civitas.statistics.UnitFigures;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The desk's scoring figures for the statistics, after the counts of {@link ReportingFigureSource}:
 * leaders' instructions (批示数) on items crediting the unit and the unit's score (积分), both from the
 * score ledger for the months the period covers, as {@link UnitScoring} shows them to the viewer.
 */
@Component
@Order(200)
class ScoreFigureSource implements UnitFigureSource {

    static final String INSTRUCTIONS = "instructions";
    static final String SCORE = "score";

    private static final List<Figure> FIGURES = List.of(
            Figure.count(INSTRUCTIONS, "statistics.figure.instructions"),
            Figure.number(SCORE, "statistics.figure.score"));

    private final UnitScoring scores;

    ScoreFigureSource(UnitScoring scores) {
        this.scores = scores;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public UnitFigures values(Period period, Set<Long> organisationIds) {
        UnitFigures figures = new UnitFigures();
        if (organisationIds.isEmpty()) {
            return figures;
        }
        // the period's end is exclusive: its last month is the one before the end's
        YearMonth from = YearMonth.from(period.start());
        YearMonth to = YearMonth.from(period.end()).minusMonths(1);
        for (UnitScore score : scores.scores(from, to)) {
            if (organisationIds.contains(score.organisationId())) {
                figures.put(score.organisationId(), INSTRUCTIONS, score.instructionCount())
                        .put(score.organisationId(), SCORE, score.points().doubleValue());
            }
        }
        return figures;
    }
}
