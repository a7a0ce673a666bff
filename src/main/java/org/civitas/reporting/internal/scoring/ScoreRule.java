package org.civitas.reporting.internal.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.civitas.reporting.ScoreRuleView;

/** One row of the scoring rule table; the migration creates every row with its default points. */
@Entity
@Table(name = "reporting_score_rule")
class ScoreRule {

    @Id
    @Column(length = 64)
    private String code;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal points;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScoreRule() {}

    String code() {
        return code;
    }

    BigDecimal points() {
        return points;
    }

    void points(BigDecimal points, Instant now) {
        this.points = points;
        this.updatedAt = now;
    }

    ScoreRuleView view() {
        return new ScoreRuleView(code, points);
    }
}
