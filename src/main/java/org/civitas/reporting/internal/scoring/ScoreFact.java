package org.civitas.reporting.internal.scoring;

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
 * from; a unit has at most one fact per code and source, so recording twice changes nothing. A fact about an
 * item carries the item's label (and, for a use in an edition, the edition's), so that a viewer's scores leave
 * out what they may not read.
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

    /** The label of the item counted (adopted item or instruction), or null for a fact about no item. */
    @Column(length = 32)
    private String label;

    /** The label of the edition an item was used in, or null. */
    @Column(name = "edition_label", length = 32)
    private String editionLabel;

    protected ScoreFact() {}

    ScoreFact(
            long organisationId,
            YearMonth month,
            String ruleCode,
            int quantity,
            String source,
            Labels labels,
            Instant now) {
        this.organisationId = organisationId;
        this.period = period(month);
        this.ruleCode = ruleCode;
        this.quantity = quantity;
        this.source = source;
        this.recordedAt = now;
        this.label = labels.label();
        this.editionLabel = labels.editionLabel();
    }

    /** The labels of what a fact counts; {@link #NONE} for a fact about no item. */
    record Labels(String label, String editionLabel) {
        static final Labels NONE = new Labels(null, null);
    }

    static int period(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
