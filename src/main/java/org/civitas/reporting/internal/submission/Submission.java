package org.civitas.reporting.internal.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.platform.crypto.SensitiveText;
import org.civitas.reporting.Category;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.Urgency;
import org.civitas.reporting.internal.adoption.MinHash;
import org.civitas.reporting.internal.commission.CommissionAnswering;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A submission (来稿) of a reporting unit. Its state changes only through the guarded methods below,
 * which refuse an illegal transition with the reason (see {@link SubmissionState}). The unit's title
 * and body never change once it has left the unit; the office's edit is kept beside them.
 */
@Entity
@Table(name = "reporting_submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 16, updatable = false)
    private UnitType unitType;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Column(nullable = false, length = 32)
    private String label;

    @Column(nullable = false, length = 50)
    private String signer;

    /** The author's phone or other contact: personal data, SM4-encrypted at rest under the gm profile. */
    @Column(length = 1000)
    @Convert(converter = SensitiveText.class)
    private String contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_submission_attachment", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "sort_index")
    @Column(name = "blob_id", nullable = false)
    private List<Long> attachmentIds = new ArrayList<>();

    /** Blobs the unit's body shows as pictures; kept so that who may read the submission may read them. */
    @ElementCollection
    @CollectionTable(name = "reporting_submission_image", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "blob_id", nullable = false)
    private java.util.Set<Long> imageIds = new java.util.HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionState state;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "edited_title", length = 200)
    private String editedTitle;

    @Column(name = "edited_body")
    private String editedBody;

    @Column(name = "edited_by", length = 64)
    private String editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "adoption_id")
    private Long adoptionId;

    @Column(name = "commission_id")
    private Long commissionId;

    /** MinHash signature of title and text, see {@link MinHash}. */
    @Column(nullable = false, length = 256)
    private String minhash;

    @Column(nullable = false)
    private int band0;

    @Column(nullable = false)
    private int band1;

    @Column(nullable = false)
    private int band2;

    @Column(nullable = false)
    private int band3;

    @Column(nullable = false)
    private int band4;

    @Column(nullable = false)
    private int band5;

    @Column(nullable = false)
    private int band6;

    @Column(nullable = false)
    private int band7;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Submission() {}

    public Submission(long organisationId, UnitType unitType, String author, SubmissionContent content, Instant now) {
        this.organisationId = organisationId;
        this.unitType = unitType;
        this.author = author;
        this.state = SubmissionState.DRAFT;
        this.createdAt = now;
        write(content, now);
    }

    /** Changes a draft. */
    void revise(SubmissionContent content, Instant now) {
        require("revise", state == SubmissionState.DRAFT);
        write(content, now);
    }

    /** DRAFT → SIGNING: waits for the unit head. */
    public SubmissionState send(Instant now) {
        require("send", state == SubmissionState.DRAFT);
        returnReason = null;
        return move(SubmissionState.SIGNING, now);
    }

    /** SIGNING → SUBMITTED: the unit head signed off, it is in the office's inbox. */
    public SubmissionState signedOff(Instant now) {
        require("signOff", state == SubmissionState.SIGNING);
        submittedAt = now;
        return move(SubmissionState.SUBMITTED, now);
    }

    /** SIGNING → DRAFT: the unit head sent it back to the writer with a reason. */
    SubmissionState signOffReturned(String reason, Instant now) {
        require("signOff", state == SubmissionState.SIGNING);
        returnReason = reason;
        return move(SubmissionState.DRAFT, now);
    }

    /** The office's edited version; the original stays. */
    public void edit(String title, String body, String editor, Instant now) {
        require("edit", state.open());
        this.editedTitle = title;
        this.editedBody = body;
        this.editedBy = editor;
        this.editedAt = now;
        this.updatedAt = now;
    }

    public SubmissionState preAdopt(Instant now) {
        require("preAdopt", state == SubmissionState.SUBMITTED);
        return move(SubmissionState.PRE_ADOPTED, now);
    }

    /** Checks that it may be adopted, before the adopted item is written. */
    public void requireAdoptable() {
        require("adopt", state.open());
    }

    public SubmissionState adopted(long adoptionId, Instant now) {
        requireAdoptable();
        this.adoptionId = adoptionId;
        decidedAt = now;
        return move(SubmissionState.ADOPTED, now);
    }

    public SubmissionState returnToUnit(String reason, Instant now) {
        require("return", state.open());
        returnReason = reason;
        decidedAt = now;
        return move(SubmissionState.RETURNED, now);
    }

    private SubmissionState move(SubmissionState to, Instant now) {
        SubmissionState from = state;
        state = to;
        updatedAt = now;
        return from;
    }

    /** Refuses with "cannot {action} a submission that is {state}", both in the reader's language. */
    private void require(String action, boolean allowed) {
        if (!allowed) {
            throw new DomainException(
                    "reporting.transition.refused",
                    new DefaultMessageSourceResolvable("reporting.action." + action),
                    new DefaultMessageSourceResolvable("reporting.state." + state.name()));
        }
    }

    private void write(SubmissionContent content, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.category = content.category();
        this.urgency = content.urgency();
        this.label = content.label();
        this.signer = content.signer();
        this.contact = content.contact();
        this.attachmentIds.clear();
        this.attachmentIds.addAll(content.attachmentIds());
        this.imageIds.retainAll(content.imageIds());
        this.imageIds.addAll(content.imageIds());
        fingerprint(MinHash.signature(content.title() + "\n" + content.plainText()));
        this.updatedAt = now;
    }

    private void fingerprint(int[] signature) {
        this.minhash = MinHash.encode(signature);
        this.band0 = MinHash.band(signature, 0);
        this.band1 = MinHash.band(signature, 1);
        this.band2 = MinHash.band(signature, 2);
        this.band3 = MinHash.band(signature, 3);
        this.band4 = MinHash.band(signature, 4);
        this.band5 = MinHash.band(signature, 5);
        this.band6 = MinHash.band(signature, 6);
        this.band7 = MinHash.band(signature, 7);
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    UnitType unitType() {
        return unitType;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String label() {
        return label;
    }

    public SubmissionState state() {
        return state;
    }

    String author() {
        return author;
    }

    Category category() {
        return category;
    }

    Urgency urgency() {
        return urgency;
    }

    String signer() {
        return signer;
    }

    String contact() {
        return contact;
    }

    List<Long> attachmentIds() {
        return List.copyOf(attachmentIds);
    }

    String returnReason() {
        return returnReason;
    }

    public String editedTitle() {
        return editedTitle;
    }

    public String editedBody() {
        return editedBody;
    }

    String editedBy() {
        return editedBy;
    }

    Long adoptionId() {
        return adoptionId;
    }

    public Long commissionId() {
        return commissionId;
    }

    /** Names the commission (约稿) this draft answers, or none; checked by {@link CommissionAnswering} first. */
    void answer(Long commissionId) {
        require("revise", state == SubmissionState.DRAFT);
        this.commissionId = commissionId;
    }

    public int[] signature() {
        return MinHash.decode(minhash);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** The office's version when there is one, else the unit's. */
    public String currentTitle() {
        return editedTitle != null ? editedTitle : title;
    }

    public String currentBody() {
        return editedTitle != null ? editedBody : body;
    }
}
