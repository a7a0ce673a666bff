package org.civitas.reporting.internal.adoption;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An adopted item (采用稿) with a credit for every submission it was made from. */
@Entity
@Table(name = "reporting_adoption")
public class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean merged;

    @Column(nullable = false, length = 32)
    private String label;

    @Column(name = "adopted_by", nullable = false, length = 64)
    private String adoptedBy;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_adoption_credit", joinColumns = @JoinColumn(name = "adoption_id"))
    private List<Credit> credits = new ArrayList<>();

    protected Adoption() {}

    public Adoption(String title, String body, boolean merged, String label, String adoptedBy, Instant now) {
        this.title = title;
        this.body = body;
        this.merged = merged;
        this.label = label;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = now;
    }

    public void credit(long submissionId, long organisationId) {
        credits.add(new Credit(submissionId, organisationId));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public boolean merged() {
        return merged;
    }

    public String label() {
        return label;
    }

    String adoptedBy() {
        return adoptedBy;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public List<Credit> credits() {
        return List.copyOf(credits);
    }

    /** One contributing submission and the unit credited for it. */
    @Embeddable
    public record Credit(
            @Column(name = "submission_id", nullable = false)
            long submissionId,

            @Column(name = "organisation_id", nullable = false)
            long organisationId) {}
}
