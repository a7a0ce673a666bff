package org.civitas.reporting.web.submission;

import java.util.List;
import java.util.Optional;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.SubmissionFileAccess;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionView;
import org.civitas.workflow.ReviewItemPreview;
import org.civitas.workflow.ReviewItems;
import org.civitas.workflow.ReviewTask;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Submissions on the unit head's task page: read through {@link SubmissionService}, so the same rule as
 * everywhere decides (the unit's writers and heads, the office for sent items, never above clearance); a
 * reviewer outside it sees no text.
 */
@Component
class SubmissionReviewItems implements ReviewItems {

    /** The subject type the reporting module starts sign-off reviews with. */
    static final String SUBJECT_TYPE = "reporting.submission";

    private final SubmissionService submissions;
    private final SubmissionFileAccess files;
    private final SecurityLabels labels;
    private final UserDirectory users;

    SubmissionReviewItems(
            SubmissionService submissions, SubmissionFileAccess files, SecurityLabels labels, UserDirectory users) {
        this.submissions = submissions;
        this.files = files;
        this.labels = labels;
        this.users = users;
    }

    /** A submission as its reviewer reads it: the text, who wrote it, its label by name, its files. */
    record SubmissionUnderReview(
            SubmissionView submission, String authorName, String labelName, List<FileItem> files) {}

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    @Override
    public String kindKey() {
        return "reporting.review.kind";
    }

    @Override
    public Optional<String> link(String subjectId) {
        return readable(subjectId).map(s -> "/admin/reporting/submissions/" + s.id());
    }

    @Override
    public Optional<ReviewItemPreview> preview(ReviewTask task) {
        return readable(task.subject().id())
                .map(s -> new ReviewItemPreview(
                        "admin/reporting/review-item",
                        new SubmissionUnderReview(
                                s,
                                users.findByUsername(s.author())
                                        .map(UserDirectory.UserSummary::displayName)
                                        .filter(n -> !n.isBlank())
                                        .orElse(s.author()),
                                labels.find(s.label())
                                        .map(l -> l.name(LocaleContextHolder.getLocale()))
                                        .orElse(s.label()),
                                FileItem.of(files.describe(s.attachmentIds())))));
    }

    private Optional<SubmissionView> readable(String subjectId) {
        try {
            return Optional.of(submissions.get(Long.parseLong(subjectId)));
        } catch (NotFoundException
                | NumberFormatException
                | org.springframework.security.access.AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
