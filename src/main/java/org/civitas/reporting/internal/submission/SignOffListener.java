package org.civitas.reporting.internal.submission;

import java.time.Clock;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionStateChanged;
import org.civitas.workflow.ReviewCompleted;
import org.civitas.workflow.ReviewOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a submission on when its sign-off review finishes: approved → in the office's inbox,
 * returned → back to a draft with the head's reason. It runs in the transaction of the head's
 * decision, so the decision and the submission's new state are committed together or not at all.
 */
@Component
class SignOffListener {

    private final Submissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffListener(Submissions submissions, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ReviewCompleted review) {
        if (!SubmissionWriting.SUBJECT_TYPE.equals(review.subject().type())) {
            return;
        }
        long id = Long.parseLong(review.subject().id());
        Submission s = submissions.findById(id).orElseThrow(() -> new IllegalStateException("no submission " + id));
        SubmissionState from = review.outcome() == ReviewOutcome.APPROVED
                ? s.signedOff(clock.instant())
                : s.signOffReturned(review.comment(), clock.instant());
        submissions.flush();
        events.publishEvent(new SubmissionStateChanged(
                s.id(),
                s.organisationId(),
                s.title(),
                from,
                s.state(),
                s.state() == SubmissionState.DRAFT ? review.comment() : null));
    }
}
