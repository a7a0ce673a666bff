package org.civitas.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A fact of the score ledger: something a unit did (or failed to do) that the rule table weighs. Facts never
 * carry points, so that a change of the rules re-scores them all. {@code source} names where the fact came
 * from; a unit has at most one fact per code and source, so recording twice changes nothing.
 */
@Entity
@Table(name = "reporting_score_fact")
class ScoreFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** The month as yyyymm, so that periods compare as numbers. */
    @Column(nullable = false)
    private int period;

    @Column(name = "rule_code", nullable = false, length = 64)
    private String ruleCode;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = 64)
    private String source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ScoreFact() {}

    ScoreFact(long organisationId, YearMonth month, String ruleCode, int quantity, String source, Instant now) {
        this.organisationId = organisationId;
        this.period = period(month);
        this.ruleCode = ruleCode;
        this.quantity = quantity;
        this.source = source;
        this.recordedAt = now;
    }

    static int period(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
