package org.civitas.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.civitas.journal.ForwardMethod;
import org.civitas.journal.ForwardView;

/** What was sent up, when, to whom and how; never changed once written. */
@Entity
@Table(name = "edition_forward")
class EditionForward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private long editionId;

    @Column(nullable = false, length = 200, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private ForwardMethod method;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "package_name", nullable = false, length = 300, updatable = false)
    private String packageName;

    @Column(name = "package_sha256", nullable = false, length = 64, updatable = false)
    private String packageSha256;

    @Column(name = "package_size", nullable = false, updatable = false)
    private long packageSize;

    @Column(name = "forwarded_by", nullable = false, length = 64, updatable = false)
    private String forwardedBy;

    @Column(name = "forwarded_at", nullable = false, updatable = false)
    private Instant forwardedAt;

    protected EditionForward() {}

    EditionForward(
            long editionId,
            String recipient,
            ForwardMethod method,
            String note,
            String packageName,
            String packageSha256,
            long packageSize,
            String forwardedBy,
            Instant forwardedAt) {
        this.editionId = editionId;
        this.recipient = recipient;
        this.method = method;
        this.note = note;
        this.packageName = packageName;
        this.packageSha256 = packageSha256;
        this.packageSize = packageSize;
        this.forwardedBy = forwardedBy;
        this.forwardedAt = forwardedAt;
    }

    ForwardView view(String journalName, String numberText) {
        return new ForwardView(
                id,
                editionId,
                journalName,
                numberText,
                recipient,
                method,
                note,
                packageName,
                packageSha256,
                packageSize,
                forwardedBy,
                forwardedAt);
    }

    Long id() {
        return id;
    }

    long editionId() {
        return editionId;
    }
}
