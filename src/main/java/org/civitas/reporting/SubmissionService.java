package org.civitas.reporting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A reporting unit's side of the desk: write, revise and send submissions, follow their state. Reads
 * are filtered by who asks: a unit user ({@link ReportingPermissions#SUBMIT}) and a unit head
 * ({@link ReportingPermissions#SIGNOFF}) see their units' items, an office editor
 * ({@link ReportingPermissions#EDIT}) the sent items of the units in scope, and nobody an item above
 * their clearance — in lists, counts and single reads alike (an invisible item is "not found").
 * Each write publishes one {@link SubmissionSaved} or {@link SubmissionStateChanged}.
 */
public interface SubmissionService {

    /** Writes a new draft for a reporting unit in the caller's {@link ReportingPermissions#SUBMIT} scope. */
    SubmissionView create(SubmissionDraft form);

    /** Changes a draft; refuses when it is no longer a draft or was saved by someone else since {@code expectedVersion}. */
    SubmissionView revise(long id, SubmissionDraft form, long expectedVersion);

    /**
     * Sends a draft to the unit head: the review chain of the unit's type starts ({@link SubmissionState#SIGNING});
     * when the type has no chain, or the chain has no steps, it is submitted at once.
     */
    SubmissionView send(long id);

    /** Creates and sends in one step (what a unit's system does through the API). */
    SubmissionView submit(SubmissionDraft form);

    SubmissionView get(long id);

    /** The submissions the caller may see, newest first; the page's total counts exactly these. */
    Page<SubmissionSummary> search(SubmissionQuery filter, Pageable pageable);

    /** How many submissions the caller may see that match (equal to the total of {@link #search}). */
    long count(SubmissionQuery filter);

    /** The reporting units the caller may write for. */
    java.util.List<ReportingUnitView> myUnits();
}
