package org.civitas.journal.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionView;
import org.civitas.journal.MoveDirection;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An edition (期) of a journal: ordered sections of items, and its life from draft to archive. Every
 * change goes through a guarded method that refuses, with the reason, what the current state forbids.
 */
@Entity
@Table(name = "edition")
class Edition {

    /** Largest number of items one edition holds. */
    static final int MAX_ITEMS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journal_id", nullable = false, updatable = false)
    private long journalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EditionState state;

    @Column(name = "security_label", nullable = false, length = 32)
    private String securityLabel;

    @Column(name = "editor_note", length = 2000)
    private String editorNote;

    @Column(name = "issue_year")
    private Integer year;

    @Column(name = "issue_number")
    private Integer number;

    @Column(name = "total_number")
    private Integer totalNumber;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EditionSection> sections = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Edition() {}

    Edition(long journalId, String securityLabel, String editorNote, String createdBy, Instant now) {
        this.journalId = journalId;
        this.securityLabel = securityLabel;
        this.editorNote = editorNote;
        this.createdBy = createdBy;
        this.state = EditionState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- compilation (drafts only) ---

    /** Refuses a label below an item's: the edition would print text its readers are not cleared for. */
    void describe(String label, String note, LabelOrder order, Instant now) {
        requireEditable();
        sections.stream()
                .flatMap(s -> s.items().stream())
                .filter(i -> order.rank(i.label()) > order.rank(label))
                .max(java.util.Comparator.comparingInt(i -> order.rank(i.label())))
                .ifPresent(i -> {
                    throw DomainException.onField(
                            "securityLabel",
                            "journal.edition.label.belowItem",
                            order.shown(label),
                            i.title(),
                            order.shown(i.label()));
                });
        this.securityLabel = label;
        this.editorNote = note;
        touch(now);
    }

    /** The section titled {@code title} (blank: the first section), created at the end when missing. */
    EditionSection section(String title) {
        requireEditable();
        String wanted = title == null ? "" : title;
        return sections.stream()
                .filter(s -> wanted.isEmpty() || s.title().equals(wanted))
                .findFirst()
                .orElseGet(() -> addSection(wanted));
    }

    EditionSection addSection(String title) {
        requireEditable();
        if (!title.isEmpty() && sections.stream().anyMatch(s -> s.title().equals(title))) {
            throw DomainException.onField("title", "journal.section.taken", title);
        }
        EditionSection section = new EditionSection(this, title);
        sections.add(section);
        renumberSections();
        return section;
    }

    void addItem(EditionSection section, EditionItem item, LabelOrder order, Instant now) {
        requireEditable();
        admits(item.title(), item.label(), order);
        if (itemCount() >= MAX_ITEMS) {
            throw new DomainException("journal.item.tooMany", MAX_ITEMS);
        }
        section.items().add(item);
        section.renumber();
        touch(now);
    }

    /** Refuses an item labelled above the edition: its readers would read what they are not cleared for. */
    void admits(String title, String label, LabelOrder order) {
        if (order.rank(label) > order.rank(securityLabel)) {
            throw DomainException.onField(
                    "label", "journal.item.label.aboveEdition", title, order.shown(label), order.shown(securityLabel));
        }
    }

    boolean holdsSource(String sourceType, String sourceId) {
        return sourceType != null
                && sections.stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.cameFrom(sourceType, sourceId));
    }

    EditionItem removeItem(long itemId, Instant now) {
        requireEditable();
        EditionSection section = sectionOfItem(itemId);
        EditionItem item = item(section, itemId);
        section.items().remove(item);
        section.renumber();
        touch(now);
        return item;
    }

    /** Swaps with its neighbour, or hops into the neighbouring section at its near end. */
    EditionItem moveItem(long itemId, MoveDirection direction, Instant now) {
        requireEditable();
        EditionSection section = sectionOfItem(itemId);
        EditionItem item = item(section, itemId);
        List<EditionItem> items = section.items();
        int at = items.indexOf(item);
        int to = direction == MoveDirection.UP ? at - 1 : at + 1;
        if (to >= 0 && to < items.size()) {
            Collections.swap(items, at, to);
            section.renumber();
            touch(now);
            return item;
        }
        int s = sections.indexOf(section) + (direction == MoveDirection.UP ? -1 : 1);
        if (s < 0 || s >= sections.size()) {
            throw new DomainException("journal.item.atEnd", item.title());
        }
        EditionSection target = sections.get(s);
        items.remove(item);
        section.renumber();
        EditionItem moved = item.copyInto(target);
        target.items().add(direction == MoveDirection.UP ? target.items().size() : 0, moved);
        target.renumber();
        touch(now);
        return moved;
    }

    void renameSection(long sectionId, String title, Instant now) {
        requireEditable();
        if (!title.isEmpty()
                && sections.stream()
                        .anyMatch(s -> s.title().equals(title)
                                && !Long.valueOf(sectionId).equals(s.id()))) {
            throw DomainException.onField("title", "journal.section.taken", title);
        }
        sectionById(sectionId).title(title);
        touch(now);
    }

    void removeSection(long sectionId, Instant now) {
        requireEditable();
        EditionSection section = sectionById(sectionId);
        if (!section.items().isEmpty()) {
            throw new DomainException("journal.section.notEmpty", section.title());
        }
        sections.remove(section);
        renumberSections();
        touch(now);
    }

    void moveSection(long sectionId, MoveDirection direction, Instant now) {
        requireEditable();
        EditionSection section = sectionById(sectionId);
        int at = sections.indexOf(section);
        int to = direction == MoveDirection.UP ? at - 1 : at + 1;
        if (to < 0 || to >= sections.size()) {
            throw new DomainException("journal.section.atEnd", section.title());
        }
        Collections.swap(sections, at, to);
        renumberSections();
        touch(now);
    }

    // --- life cycle ---

    void submit(Instant now) {
        if (state == EditionState.DRAFT && itemCount() == 0) {
            throw new DomainException("journal.edition.empty");
        }
        moveTo(EditionState.IN_REVIEW);
        returnReason = null;
        submittedAt = now;
        touch(now);
    }

    void signOff(EditionNumber assigned, String by, Instant now) {
        moveTo(EditionState.SIGNED_OFF);
        year = assigned.year();
        number = assigned.number();
        totalNumber = assigned.total();
        issueDate = assigned.issueDate();
        signedOffBy = by;
        signedOffAt = now;
        touch(now);
    }

    void returnToDraft(String reason, Instant now) {
        moveTo(EditionState.DRAFT);
        returnReason = reason;
        touch(now);
    }

    void release(Instant now) {
        moveTo(EditionState.RELEASED);
        releasedAt = now;
        touch(now);
    }

    void archive(Instant now) {
        moveTo(EditionState.ARCHIVED);
        archivedAt = now;
        touch(now);
    }

    void requireDiscardable() {
        if (state != EditionState.DRAFT) {
            throw new DomainException("journal.edition.discard.state", named(state));
        }
    }

    private void moveTo(EditionState to) {
        if (!state.next().contains(to)) {
            throw new DomainException("journal.edition.transition", named(state), named(to));
        }
        state = to;
    }

    /** A state as an argument the message source shows in the reader's language. */
    private static DefaultMessageSourceResolvable named(EditionState state) {
        return new DefaultMessageSourceResolvable(new String[] {"journal.edition.state." + state}, state.name());
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw new DomainException("journal.edition.notEditable", named(state));
        }
    }

    // --- reading ---

    EditionView view(String journalName, String numberText) {
        return new EditionView(
                id,
                journalId,
                journalName,
                state,
                securityLabel,
                editorNote,
                year,
                number,
                totalNumber,
                numberText,
                issueDate,
                returnReason,
                createdBy,
                signedOffBy,
                createdAt,
                signedOffAt,
                releasedAt,
                archivedAt,
                sections.stream().map(EditionSection::view).toList(),
                version);
    }

    int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    private EditionSection sectionOfItem(long itemId) {
        return sections.stream()
                .filter(s ->
                        s.items().stream().anyMatch(i -> Long.valueOf(itemId).equals(i.id())))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("EditionItem", itemId));
    }

    private static EditionItem item(EditionSection section, long itemId) {
        return section.items().stream()
                .filter(i -> Long.valueOf(itemId).equals(i.id()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("EditionItem", itemId));
    }

    private EditionSection sectionById(long sectionId) {
        return sections.stream()
                .filter(s -> Long.valueOf(sectionId).equals(s.id()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("EditionSection", sectionId));
    }

    private void renumberSections() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).position(i);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    long journalId() {
        return journalId;
    }

    EditionState state() {
        return state;
    }

    String securityLabel() {
        return securityLabel;
    }

    Integer year() {
        return year;
    }

    Integer number() {
        return number;
    }

    Integer totalNumber() {
        return totalNumber;
    }

    String createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }
}
