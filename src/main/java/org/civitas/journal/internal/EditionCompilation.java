package org.civitas.journal.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.journal.EditionArchived;
import org.civitas.journal.EditionCompiled;
import org.civitas.journal.EditionCreated;
import org.civitas.journal.EditionDiscarded;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionRead;
import org.civitas.journal.EditionReleased;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionSubmitted;
import org.civitas.journal.EditionSummary;
import org.civitas.journal.EditionView;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.MoveDirection;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.workflow.ReviewHistory;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class EditionCompilation implements EditionService {

    private final Editions editions;
    private final Journals journals;
    private final EditionValidator rules;
    private final EditionVisibility visibility;
    private final ReviewService reviews;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditionCompilation(
            Editions editions,
            Journals journals,
            EditionValidator rules,
            EditionVisibility visibility,
            ReviewService reviews,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.editions = editions;
        this.journals = journals;
        this.rules = rules;
        this.visibility = visibility;
        this.reviews = reviews;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView create(long journalId, String securityLabel, String editorNote) {
        Journal journal = journals.findById(journalId).orElseThrow(() -> new NotFoundException("Journal", journalId));
        String label = rules.label(
                securityLabel == null || securityLabel.isBlank()
                        ? journal.view().defaultLabel()
                        : securityLabel.strip());
        String note = EditionValidator.editorNote(editorNote);
        Edition edition =
                new Edition(journalId, label, note, access.requireUser().getUsername(), clock.instant());
        editions.saveAndFlush(edition);
        events.publishEvent(
                new EditionCreated(edition.id(), journalId, AuditSummary.of("EditionCreated", journal.code(), label)));
        return view(edition);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView.Item addItem(long editionId, EditionItemDraft draft) {
        return add(editionId, java.util.Collections.singletonList(draft)).getFirst();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public List<EditionView.Item> addItems(long editionId, List<EditionItemDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new DomainException("journal.item.required");
        }
        return add(editionId, drafts);
    }

    /**
     * One load, one flush and one audited event naming every item, in the order added. Every item is checked
     * against the edition's label before any is added, so that a refused batch leaves the edition as it was.
     */
    private List<EditionView.Item> add(long editionId, List<EditionItemDraft> drafts) {
        Edition edition = loadForCompiler(editionId);
        List<EditionValidator.ItemContent> contents = new ArrayList<>(drafts.size());
        for (EditionItemDraft draft : drafts) {
            EditionValidator.ItemContent c = rules.item(draft);
            edition.admits(c.title(), c.labelIn(edition.securityLabel()), rules);
            contents.add(c);
        }
        List<EditionItem> added = new ArrayList<>(drafts.size());
        List<Object> summaries = new ArrayList<>(drafts.size());
        for (EditionValidator.ItemContent c : contents) {
            if (edition.holdsSource(c.sourceType(), c.sourceId())) {
                throw new DomainException("journal.item.source.duplicate", c.sourceType() + ":" + c.sourceId());
            }
            EditionSection section = edition.section(c.section());
            String label = c.labelIn(edition.securityLabel());
            EditionItem item = new EditionItem(
                    section,
                    c.title(),
                    c.bodyHtml(),
                    c.credits(),
                    c.sourceType(),
                    c.sourceId(),
                    c.use(),
                    label,
                    clock.instant());
            edition.addItem(section, item, rules, clock.instant());
            added.add(item);
            // the source's kind by its label in the reader's language (来稿 12), never "reporting.adoption:12"
            summaries.add(
                    c.sourceType() == null
                            ? c.title()
                            : AuditSummary.message(
                                    "audit.summary.part.edition.item",
                                    c.title(),
                                    AuditSummary.label("audit.object." + c.sourceType()),
                                    c.sourceId()));
        }
        // one audited event for the batch: each event costs an audit record, an event publication and its
        // completion after the commit, several round trips to the database per item otherwise
        compiled(
                edition,
                summaries.size() == 1
                        ? AuditSummary.of("EditionItemAdded", edition.id(), summaries.getFirst())
                        : AuditSummary.of("EditionItemsAdded", edition.id(), summaries.size(), summaries));
        return added.stream().map(EditionItem::view).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void removeItem(long editionId, long itemId) {
        Edition edition = loadForCompiler(editionId);
        EditionItem removed = edition.removeItem(itemId, clock.instant());
        compiled(edition, AuditSummary.of("EditionItemRemoved", edition.id(), removed.title()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void moveItem(long editionId, long itemId, MoveDirection direction) {
        Edition edition = loadForCompiler(editionId);
        EditionItem moved = edition.moveItem(itemId, direction, clock.instant());
        compiled(edition, AuditSummary.of("EditionItemMoved" + direction.name(), edition.id(), moved.title()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void addSection(long editionId, String title) {
        Edition edition = loadForCompiler(editionId);
        String t = EditionValidator.sectionTitle(title);
        edition.addSection(t);
        compiled(edition, AuditSummary.of("EditionSectionAdded", edition.id(), t));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void renameSection(long editionId, long sectionId, String title) {
        Edition edition = loadForCompiler(editionId);
        String t = EditionValidator.sectionTitle(title);
        edition.renameSection(sectionId, t, clock.instant());
        compiled(edition, AuditSummary.of("EditionSectionRenamed", edition.id(), sectionId, t));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void removeSection(long editionId, long sectionId) {
        Edition edition = loadForCompiler(editionId);
        edition.removeSection(sectionId, clock.instant());
        compiled(edition, AuditSummary.of("EditionSectionRemoved", edition.id(), sectionId));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void moveSection(long editionId, long sectionId, MoveDirection direction) {
        Edition edition = loadForCompiler(editionId);
        edition.moveSection(sectionId, direction, clock.instant());
        compiled(edition, AuditSummary.of("EditionSectionMoved" + direction.name(), edition.id(), sectionId));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView describe(long editionId, String securityLabel, String editorNote, long expectedVersion) {
        Edition edition = loadForCompiler(editionId);
        if (edition.version() != expectedVersion) {
            throw new DomainException("journal.edition.stale");
        }
        String label = rules.label(securityLabel == null ? "" : securityLabel.strip());
        edition.describe(label, EditionValidator.editorNote(editorNote), rules, clock.instant());
        compiled(edition, AuditSummary.of("EditionLabelChanged", edition.id(), label));
        return view(edition);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView submitForSignOff(long editionId) {
        Edition edition = loadForCompiler(editionId);
        Journal journal = journals.findById(edition.journalId()).orElseThrow();
        edition.submit(clock.instant());
        editions.flush();
        events.publishEvent(new EditionSubmitted(
                edition.id(),
                edition.journalId(),
                AuditSummary.of("EditionSubmitted", edition.id(), journal.view().reviewChainCode())));
        // with a chain of no steps the review completes at once and EditionSignOff numbers the edition here
        reviews.start(
                journal.view().reviewChainCode(),
                new ReviewSubject(
                        EditionSignOff.SUBJECT_TYPE,
                        String.valueOf(edition.id()),
                        "《" + journal.name() + "》 #" + edition.id(),
                        access.requireUser().getUsername(),
                        null));
        return view(edition);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView release(long editionId) {
        return lifeCycle(
                editionId,
                e -> e.release(clock.instant()),
                e -> new EditionReleased(e.id(), e.journalId(), AuditSummary.of("EditionReleased", e.id())));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView archive(long editionId) {
        return lifeCycle(
                editionId,
                e -> e.archive(clock.instant()),
                e -> new EditionArchived(e.id(), e.journalId(), AuditSummary.of("EditionArchived", e.id())));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.COMPILE + "')")
    public void discard(long editionId) {
        Edition edition = loadForCompiler(editionId);
        edition.requireDiscardable();
        editions.delete(edition);
        editions.flush();
        events.publishEvent(new EditionDiscarded(
                edition.id(),
                edition.journalId(),
                AuditSummary.of("EditionDiscarded", edition.id(), edition.itemCount())));
    }

    @Override
    @PreAuthorize("isAuthenticated()") // visibility decides: compilers, readers, the sign-off reviewer
    public EditionView get(long editionId) {
        return view(loadVisible(editionId));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()") // visibility decides: compilers, readers, the sign-off reviewer
    public EditionView open(long editionId) {
        EditionView edition = view(loadVisible(editionId));
        events.publishEvent(new EditionRead(
                edition.id(),
                edition.journalId(),
                edition.numberText() == null
                        ? AuditSummary.of(
                                "EditionReadDraft",
                                edition.id(),
                                AuditSummary.label("journal.edition.state.", edition.state()))
                        : AuditSummary.of("EditionRead", edition.id(), edition.numberText())));
        return edition;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + JournalPermissions.COMPILE + "', '" + JournalPermissions.READ + "')")
    public Page<EditionSummary> list(EditionQuery filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        Map<Long, Journal> byId = journals.findAll().stream().collect(Collectors.toMap(Journal::id, j -> j));
        return editions.findAll(visibility.visible(filter), newestFirst).map(e -> {
            EditionView v = e.view(byId.get(e.journalId()).name(), numberText(byId.get(e.journalId()), e));
            return new EditionSummary(
                    v.id(),
                    v.journalId(),
                    v.journalName(),
                    v.state(),
                    v.securityLabel(),
                    v.numberText(),
                    v.issueDate(),
                    v.createdAt(),
                    v.createdBy());
        });
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + JournalPermissions.COMPILE + "', '" + JournalPermissions.READ + "')")
    public long count(EditionQuery filter) {
        return editions.count(visibility.visible(filter));
    }

    @Override
    @PreAuthorize("isAuthenticated()") // visibility decides: compilers, readers, the sign-off reviewer
    public List<ReviewHistory> signOffHistory(long editionId) {
        Edition edition = loadVisible(editionId);
        return reviews.history(EditionSignOff.SUBJECT_TYPE, String.valueOf(edition.id()));
    }

    private EditionView lifeCycle(
            long editionId, Consumer<Edition> change, java.util.function.Function<Edition, Object> event) {
        Edition edition = loadForCompiler(editionId);
        change.accept(edition);
        editions.flush();
        events.publishEvent(event.apply(edition));
        return view(edition);
    }

    private void compiled(Edition edition, String what) {
        editions.flush();
        events.publishEvent(new EditionCompiled(edition.id(), edition.journalId(), what));
    }

    /** An edition the current compiler may read; others are reported as not found. */
    private Edition loadForCompiler(long editionId) {
        return loadVisible(editionId);
    }

    private Edition loadVisible(long editionId) {
        return editions.findOne(visibility.visible(null).and(EditionVisibility.withId(editionId)))
                .orElseThrow(() -> new NotFoundException("Edition", editionId));
    }

    private EditionView view(Edition edition) {
        Journal journal = journals.findById(edition.journalId()).orElseThrow();
        return edition.view(journal.name(), numberText(journal, edition));
    }

    private static String numberText(Journal journal, Edition edition) {
        return edition.number() == null
                ? null
                : journal.view().formatNumber(edition.year(), edition.number(), edition.totalNumber());
    }
}
