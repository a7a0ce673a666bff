package org.civitas.reporting.internal.commission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.platform.DomainException;
import org.civitas.reporting.AnswerStatus;
import org.civitas.reporting.CommissionState;

/**
 * A commission (约稿) with the units it asks (fixed when issued) and their answers. Answers are taken only
 * while it is open; closing is final.
 */
@Entity
@Table(name = "reporting_commission")
public class Commission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommissionState state;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_commission_target", joinColumns = @JoinColumn(name = "commission_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> targets = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_commission_answer", joinColumns = @JoinColumn(name = "commission_id"))
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Commission() {}

    public Commission(
            String title, String description, LocalDate dueDate, Collection<Long> targets, String by, Instant now) {
        this.title = title;
        this.description = description;
        this.dueDate = dueDate;
        this.targets.addAll(targets);
        this.state = CommissionState.OPEN;
        this.issuedBy = by;
        this.issuedAt = now;
    }

    /** Refuses anything but an open commission asking {@code organisationId}. */
    void requireAnswerable(long organisationId) {
        if (state != CommissionState.OPEN) {
            throw DomainException.onField("commissionId", "reporting.commission.closed", title);
        }
        if (!targets.contains(organisationId)) {
            throw DomainException.onField("commissionId", "reporting.commission.notAsked", title);
        }
    }

    /** Records a unit's answer; returns whether it came after the due date. */
    public boolean answer(long organisationId, long submissionId, Instant at, ZoneId zone) {
        requireAnswerable(organisationId);
        boolean late = LocalDate.ofInstant(at, zone).isAfter(dueDate);
        answers.add(new Answer(submissionId, organisationId, at, late));
        return late;
    }

    public void close(String by, Instant now) {
        if (state != CommissionState.OPEN) {
            throw new DomainException("reporting.commission.alreadyClosed", title);
        }
        state = CommissionState.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    /** How an asked unit stands on {@code today}. */
    public AnswerStatus status(long organisationId, LocalDate today) {
        Optional<Answer> first = firstAnswer(organisationId);
        if (first.isPresent()) {
            return first.get().late() ? AnswerStatus.LATE : AnswerStatus.ON_TIME;
        }
        if (state == CommissionState.CLOSED) {
            return AnswerStatus.MISSED;
        }
        return today.isAfter(dueDate) ? AnswerStatus.OVERDUE : AnswerStatus.PENDING;
    }

    Optional<Answer> firstAnswer(long organisationId) {
        return answers.stream()
                .filter(a -> a.organisationId() == organisationId)
                .min(Comparator.comparing(Answer::answeredAt));
    }

    boolean open() {
        return state == CommissionState.OPEN;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    String description() {
        return description;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    CommissionState state() {
        return state;
    }

    String issuedBy() {
        return issuedBy;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String closedBy() {
        return closedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    Set<Long> targets() {
        return Set.copyOf(targets);
    }

    /** A submission that answered, with the unit it came from. */
    @Embeddable
    record Answer(
            @Column(name = "submission_id", nullable = false)
            long submissionId,

            @Column(name = "organisation_id", nullable = false)
            long organisationId,

            @Column(name = "answered_at", nullable = false) Instant answeredAt,

            @Column(nullable = false) boolean late) {}
}
