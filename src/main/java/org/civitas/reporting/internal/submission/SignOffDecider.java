package org.civitas.reporting.internal.submission;

import java.util.Optional;
import org.civitas.platform.DomainException;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionSignOff;
import org.civitas.reporting.SubmissionState;
import org.civitas.workflow.ReviewService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides a submission's sign-off task on behalf of the submission's page; the review service checks who acts. */
@Service
class SignOffDecider implements SubmissionSignOff {

    private final SubmissionService submissions;
    private final ReviewService reviews;

    SignOffDecider(SubmissionService submissions, ReviewService reviews) {
        this.submissions = submissions;
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> openTask(long submissionId) {
        var s = submissions.get(submissionId);
        if (s.state() != SubmissionState.SIGNING) {
            return Optional.empty();
        }
        return reviews.openTask(SubmissionWriting.SUBJECT_TYPE, String.valueOf(s.id()))
                .map(task -> task.taskId());
    }

    @Override
    @Transactional
    public void approve(long submissionId, String comment) {
        reviews.approve(task(submissionId), comment);
    }

    @Override
    @Transactional
    public void returnToWriter(long submissionId, String reason) {
        reviews.returnToAuthor(task(submissionId), reason);
    }

    private String task(long submissionId) {
        return openTask(submissionId).orElseThrow(() -> new DomainException("reporting.signoff.unavailable"));
    }
}
