package org.civitas.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Runs items through review chains. Owning modules start reviews (after checking their own
 * permissions) and react to {@link ReviewCompleted}; reviewers work through their inbox.
 *
 * <p>Every method but {@link #history} and {@link #current} needs a signed-in user. Acting on a task is allowed to its assignee, and to its
 * candidates while nobody has claimed it (acting then claims it implicitly); candidates are the users
 * whose {@link org.civitas.identity.trusted.UserDirectory#workflowGroups workflow groups} include the step's
 * group. Every write publishes exactly one auditable event:
 *
 * <ul>
 *   <li>{@link #start}: {@link ReviewStarted}, or {@link ReviewCompleted} when the chain has no steps;
 *   <li>{@link #claim} / {@link #release}: {@link ReviewTaskClaimed} / {@link ReviewTaskReleased};
 *   <li>{@link #approve}: {@link ReviewStepApproved}, or {@link ReviewCompleted} at the last step;
 *   <li>{@link #returnToPrevious}: {@link ReviewReturned}, or {@link ReviewCompleted} at the first step;
 *   <li>{@link #returnToAuthor}: {@link ReviewCompleted}.
 * </ul>
 *
 * Refusals are {@link org.civitas.platform.DomainException}s; nothing is changed when one is thrown.
 */
public interface ReviewService {

    /**
     * Starts a review of {@code subject} on the chain {@code chainCode}, copying the chain's steps.
     * Refuses an unknown chain, an incomplete subject, and a subject already under review.
     */
    ReviewHistory start(String chainCode, ReviewSubject subject);

    /** The current user's open tasks: assigned to them, or unclaimed with them as candidate; newest first. */
    Page<ReviewTask> inbox(Pageable pageable);

    /** Like {@link #inbox(Pageable)}, limited to items of one subject type. */
    Page<ReviewTask> inbox(String subjectType, Pageable pageable);

    /**
     * How many of the current user's open tasks wait, by subject type (the kinds without any are absent):
     * what the inbox's filter shows, counted at once.
     */
    Map<String, Long> inboxCounts();

    /** An open task the current user may act on (empty if it does not exist, is done, or is not theirs). */
    Optional<ReviewTask> task(String taskId);

    /**
     * The open task of an item that the current user may act on now (as assignee, or as candidate while it is
     * unclaimed), if any: what owning modules check to let a reviewer read the item under review, and to
     * offer the decision on the item's own page.
     */
    Optional<ReviewTask> openTask(String subjectType, String subjectId);

    /** Takes an unclaimed task so that the other candidates no longer see it. */
    void claim(String taskId);

    /** Gives a claimed task back to all candidates of its step. */
    void release(String taskId);

    /** Approves the step: the review moves to the next step, or finishes {@link ReviewOutcome#APPROVED}. */
    void approve(String taskId, String comment);

    /**
     * Sends the item back to the previous step's candidates; from the first step this returns it to
     * its author. The reason is required.
     */
    void returnToPrevious(String taskId, String reason);

    /** Sends the item back to its author: the review finishes {@link ReviewOutcome#RETURNED}. The reason is required. */
    void returnToAuthor(String taskId, String reason);

    /**
     * Every review of the item, oldest first, each with every step: who, what, when, comment. This does
     * not check who asks (it also serves listeners and jobs without a user): the owning module shows it
     * only to those who may read the item.
     */
    List<ReviewHistory> history(String subjectType, String subjectId);

    /** The review of the item now in progress, if any. */
    Optional<ReviewHistory> current(String subjectType, String subjectId);
}
