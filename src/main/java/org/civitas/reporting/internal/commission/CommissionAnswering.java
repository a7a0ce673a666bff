package org.civitas.reporting.internal.commission;

import java.time.Clock;
import org.civitas.platform.DomainException;
import org.civitas.reporting.CommissionAnswered;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionStateChanged;
import org.civitas.reporting.internal.submission.Submission;
import org.civitas.reporting.internal.submission.Submissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links submissions to the commissions they answer. A draft may name only an open commission asking its
 * unit, and may be sent only while that commission is open; the answer counts when the unit has signed
 * it off (it reaches the office), in the transaction of that sign-off. A commission closed between the
 * unit's sending and its head's sign-off does not take the answer: the item still reaches the inbox.
 */
@Component
public class CommissionAnswering {

    private final Commissions commissions;
    private final Submissions submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommissionAnswering(
            Commissions commissions, Submissions submissions, ApplicationEventPublisher events, Clock clock) {
        this.commissions = commissions;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses, naming the field, unless {@code commissionId} is null or an open commission asking the unit. */
    public void check(Long commissionId, long organisationId) {
        if (commissionId == null) {
            return;
        }
        commissions
                .findById(commissionId)
                .orElseThrow(
                        () -> DomainException.onField("commissionId", "reporting.commission.unknown", commissionId))
                .requireAnswerable(organisationId);
    }

    @EventListener
    void on(SubmissionStateChanged change) {
        if (change.to() != SubmissionState.SUBMITTED) {
            return;
        }
        Submission s = submissions.findById(change.submissionId()).orElseThrow();
        if (s.commissionId() == null) {
            return;
        }
        Commission c = commissions.findById(s.commissionId()).orElseThrow();
        if (!c.open()) {
            return;
        }
        boolean late = c.answer(s.organisationId(), s.id(), clock.instant(), clock.getZone());
        commissions.flush();
        events.publishEvent(new CommissionAnswered(c.id(), s.organisationId(), s.id(), late));
    }
}
