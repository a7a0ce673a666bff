package org.civitas.reporting;

import java.util.List;

/**
 * The information office's side: edit, pre-adopt, adopt, merge and return submissions in the editor's
 * {@link ReportingPermissions#EDIT} scope and clearance. Each write publishes exactly one auditable event
 * ({@link SubmissionEdited}, {@link SubmissionStateChanged} or {@link SubmissionAdopted}); refusals are
 * {@link org.civitas.platform.DomainException}s and change nothing.
 */
public interface DeskService {

    /** Keeps the office's version apart from the unit's original. */
    SubmissionView edit(long id, String title, String body, long expectedVersion);

    SubmissionView preAdopt(long id);

    /** Adopts one submission as an item of its own (its edited version when there is one). */
    AdoptionView adopt(long id);

    /** Merged adoption (综合采用): several submissions become one item crediting every contributing unit. */
    AdoptionView merge(List<Long> ids, String title, String body);

    /** Returns a submission to its unit (退稿); the reason is required. */
    SubmissionView returnToUnit(long id, String reason);

    AdoptionView adoption(long id);

    /** Submissions from other units in the last days that look like this one, most similar first. */
    List<NearDuplicate> nearDuplicates(long id);
}
