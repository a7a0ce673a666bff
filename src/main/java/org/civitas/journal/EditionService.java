package org.civitas.journal;

import java.util.List;
import org.civitas.workflow.ReviewHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Editions of journals: compilation, sign-off, release and archive.
 *
 * <p>Writes need {@link JournalPermissions#COMPILE} and a clearance that reads the edition's label;
 * each publishes exactly one auditable event ({@link EditionCreated}, {@link EditionCompiled},
 * {@link EditionSubmitted}, {@link EditionReleased}, {@link EditionArchived}, {@link EditionDiscarded});
 * the sign-off review's outcome publishes {@link EditionSignedOff} or {@link EditionReturned}. Illegal
 * transitions and bad input are refused with a {@link org.civitas.platform.DomainException} naming the
 * reason, and change nothing.
 *
 * <p>Every item carries its source's security label ({@link EditionItemDraft#label()}); an item labelled above the
 * edition is refused ({@code journal.item.label.aboveEdition}), and so is an edition label below one of its items
 * ({@code journal.edition.label.belowItem}): an edition never prints what its readers are not cleared for.
 *
 * <p>Reads are filtered in the query: compilers see editions in every state up to their clearance;
 * readers ({@link JournalPermissions#READ}) see released and archived editions of journals whose audience
 * includes them (organisation subtree or role), when their clearance reaches both the journal's minimum and
 * the edition's label. Anything else is reported as not found, and lists and counts agree.
 */
public interface EditionService {

    /** A new draft of the journal, labelled with the journal's default label unless {@code securityLabel} is given. */
    EditionView create(long journalId, String securityLabel, String editorNote);

    /**
     * Adds an item at the end of its section (see {@link EditionItemDraft#section()}); returns the item. Every reader
     * of the edition will see the body's stored pictures ({@link EditionPictureAccess}), so each must be one the compiler
     * may read where it comes from; otherwise {@code journal.item.picture.unknown} on {@code bodyHtml}.
     */
    EditionView.Item addItem(long editionId, EditionItemDraft draft);

    /**
     * Adds items in the order given, each at the end of its section, in one transaction: all of them, or none
     * when one is refused. One {@link EditionCompiled} names every item added (its summary is what the audit
     * trail keeps, cut at the trail's 2,000 characters), so that listeners (audit, the search index) act once.
     * Compiling an edition from many adopted items at once is this call, not a loop of {@link #addItem}.
     *
     * @return the added items, in the order of {@code drafts}
     */
    List<EditionView.Item> addItems(long editionId, List<EditionItemDraft> drafts);

    void removeItem(long editionId, long itemId);

    /** Moves an item one place; past the start or end of its section it moves into the neighbouring section. */
    void moveItem(long editionId, long itemId, MoveDirection direction);

    /** Adds an empty section at the end. */
    void addSection(long editionId, String title);

    void renameSection(long editionId, long sectionId, String title);

    /** Removes an empty section. */
    void removeSection(long editionId, long sectionId);

    void moveSection(long editionId, long sectionId, MoveDirection direction);

    /** Changes the editor's note and the label of a draft. */
    EditionView describe(long editionId, String securityLabel, String editorNote, long expectedVersion);

    /** Sends a draft with at least one item for sign-off on the journal's review chain. */
    EditionView submitForSignOff(long editionId);

    /** Releases a signed-off edition to the journal's audience. */
    EditionView release(long editionId);

    /** Archives a released edition. */
    EditionView archive(long editionId);

    /** Deletes a draft. */
    void discard(long editionId);

    /**
     * The edition, if the current user may see it (otherwise not found), for work done on it (exports, listeners,
     * checks). Not audited: whatever shows a person the edition's content uses {@link #open} instead.
     */
    EditionView get(long editionId);

    /**
     * Like {@link #get}, for a person reading it (a reader or a compiler, on a page or through the API): the read is
     * audited ({@link EditionRead}).
     */
    EditionView open(long editionId);

    /** Editions the current user may see, newest first. */
    Page<EditionSummary> list(EditionQuery filter, Pageable pageable);

    /** How many editions {@link #list} would show. */
    long count(EditionQuery filter);

    /** The sign-off reviews of an edition the current user may see, oldest first. */
    List<ReviewHistory> signOffHistory(long editionId);
}
