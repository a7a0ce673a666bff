package org.civitas.reporting.internal.instruction;

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
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civitas.platform.DomainException;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.InstructionView;

/**
 * A leader's instruction (领导批示) on an adopted item or an edition. Its subject's title, label and credited
 * units are copied when it is recorded, so that it reads and scores the same whatever happens to the subject.
 */
@Entity
@Table(name = "reporting_instruction")
public class Instruction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private InstructionSubject subject;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_title", nullable = false, length = 300)
    private String subjectTitle;

    @Column(name = "leader_name", nullable = false, length = 50)
    private String leaderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstructionLevel level;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "instructed_on", nullable = false)
    private LocalDate instructedOn;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Column(name = "responsible_organisation", length = 200)
    private String responsibleOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status", nullable = false, length = 16)
    private FollowUpStatus followUpStatus;

    @Column(name = "follow_up_note", length = 2000)
    private String followUpNote;

    @Column(name = "followed_up_by", length = 64)
    private String followedUpBy;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 32)
    private String label;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_instruction_credit", joinColumns = @JoinColumn(name = "instruction_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Instruction() {}

    /** The subject as it is now: what the instruction is on, its label and credited units. */
    record Subject(InstructionSubject type, long id, String title, String label, Collection<Long> organisationIds) {}

    /** The leader's words, already checked by {@link InstructionValidator}. */
    record Words(
            String leaderName,
            InstructionLevel level,
            String text,
            LocalDate instructedOn,
            LocalDate followUpDue,
            String responsibleOrganisation) {}

    Instruction(Subject subject, Words words, String by, Instant now) {
        this.subject = subject.type();
        this.subjectId = subject.id();
        this.subjectTitle = subject.title().length() > 300 ? subject.title().substring(0, 300) : subject.title();
        this.label = subject.label();
        this.organisationIds.addAll(subject.organisationIds());
        this.leaderName = words.leaderName();
        this.level = words.level();
        this.text = words.text();
        this.instructedOn = words.instructedOn();
        this.followUpDue = words.followUpDue();
        this.responsibleOrganisation = words.responsibleOrganisation();
        this.followUpStatus =
                followUpDue == null && responsibleOrganisation == null ? FollowUpStatus.NONE : FollowUpStatus.OPEN;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void followUp(FollowUpStatus status, String note, String by, Instant now) {
        if (followUpStatus == FollowUpStatus.NONE) {
            throw new DomainException("reporting.instruction.noFollowUp");
        }
        if (status == null || status == FollowUpStatus.NONE) {
            throw DomainException.onField("status", "reporting.instruction.status.required");
        }
        if (status == FollowUpStatus.DONE && note == null) {
            throw DomainException.onField("note", "reporting.instruction.note.required");
        }
        this.followUpStatus = status;
        this.followUpNote = note;
        this.followedUpBy = by;
        this.followedUpAt = now;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String label() {
        return label;
    }

    Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    InstructionView view() {
        return new InstructionView(
                id,
                subject,
                subjectId,
                subjectTitle,
                leaderName,
                level,
                text,
                instructedOn,
                followUpDue,
                responsibleOrganisation,
                followUpStatus,
                followUpNote,
                followedUpBy,
                followedUpAt,
                recordedBy,
                recordedAt,
                label,
                List.copyOf(organisationIds),
                version);
    }
}
