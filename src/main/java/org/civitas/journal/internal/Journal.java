package org.civitas.journal.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalView;

/** A journal (刊物): its numbering rule, default label, audience and look. */
@Entity
@Table(name = "journal")
class Journal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private JournalLevel level;

    @Column(name = "number_format", nullable = false, length = 100)
    private String numberFormat;

    @Column(name = "default_label", nullable = false, length = 32)
    private String defaultLabel;

    @Column(name = "minimum_clearance", nullable = false, length = 32)
    private String minimumClearance;

    @Column(name = "issuing_office", nullable = false, length = 200)
    private String issuingOffice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private JournalLayout layout;

    @Column(name = "review_chain_code", nullable = false, length = 64)
    private String reviewChainCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_audience_organisation", joinColumns = @JoinColumn(name = "journal_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> audienceOrganisationIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_audience_role", joinColumns = @JoinColumn(name = "journal_id"))
    @Column(name = "role_code", nullable = false, length = 64)
    private Set<String> audienceRoleCodes = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Journal() {}

    Journal(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
    }

    /** Takes every field but the code from an already validated definition. */
    void describe(JournalDefinition d, Instant now) {
        this.name = d.name();
        this.level = d.level();
        this.numberFormat = d.numberFormat();
        this.defaultLabel = d.defaultLabel();
        this.minimumClearance = d.minimumClearance();
        this.issuingOffice = d.issuingOffice();
        this.layout = d.layout();
        this.reviewChainCode = d.reviewChainCode();
        this.audienceOrganisationIds.clear();
        this.audienceOrganisationIds.addAll(d.audienceOrganisationIds());
        this.audienceRoleCodes.clear();
        this.audienceRoleCodes.addAll(d.audienceRoleCodes());
        this.updatedAt = now;
    }

    JournalView view() {
        return new JournalView(
                id,
                code,
                name,
                level,
                numberFormat,
                defaultLabel,
                audienceOrganisationIds.stream().sorted().toList(),
                audienceRoleCodes.stream().sorted().toList(),
                minimumClearance,
                issuingOffice,
                layout,
                reviewChainCode,
                version);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }
}
