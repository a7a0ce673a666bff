package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.COMPILE;
import static org.civitas.journal.JournalPermissions.READ;

import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabels;
import org.civitas.journal.EditionPictureAccess;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionView;
import org.civitas.platform.NotFoundException;
import org.civitas.workflow.ReviewItemPreview;
import org.civitas.workflow.ReviewItems;
import org.civitas.workflow.ReviewTask;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Editions on the task page of whoever signs them off, whatever the sign-off chain: the contents and the PDF, read
 * through {@link EditionService} (its visibility lets the sign-off reviewer read the edition they may decide, up to
 * their clearance), with the items' pictures served with the edition.
 */
@Component
class EditionReviewItems implements ReviewItems {

    /** The subject type of editions' sign-off reviews. */
    static final String SUBJECT_TYPE = "journal.edition";

    private final EditionService editions;
    private final EditionPictureAccess pictures;
    private final SecurityLabels labels;
    private final AccessControl access;

    EditionReviewItems(
            EditionService editions, EditionPictureAccess pictures, SecurityLabels labels, AccessControl access) {
        this.editions = editions;
        this.pictures = pictures;
        this.labels = labels;
        this.access = access;
    }

    /** An edition as its signer reads it: contents with pictures served, its label by name, where its PDF is. */
    record EditionUnderReview(EditionView edition, String labelName, String pdf) {}

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    @Override
    public String kindKey() {
        return "journal.review.kind";
    }

    @Override
    public Optional<String> link(String subjectId) {
        var user = access.currentUser();
        if (user.isEmpty() || !(user.get().has(COMPILE) || user.get().has(READ))) {
            return Optional.empty(); // the edition's page is for compilers and readers
        }
        return edition(subjectId, false).map(e -> "/admin/editions/" + e.id());
    }

    @Override
    public Optional<ReviewItemPreview> preview(ReviewTask task) {
        return edition(task.subject().id(), true)
                .map(e -> new ReviewItemPreview(
                        "admin/editions/review-item",
                        new EditionUnderReview(
                                pictures.served(e),
                                labels.find(e.securityLabel())
                                        .map(l -> l.name(LocaleContextHolder.getLocale()))
                                        .orElse(e.securityLabel()),
                                "/admin/editions/" + e.id() + "/pdf")));
    }

    /** The edition if the current user may see it; {@code read} records that a person read its content. */
    private Optional<EditionView> edition(String subjectId, boolean read) {
        try {
            long id = Long.parseLong(subjectId);
            return Optional.of(read ? editions.open(id) : editions.get(id));
        } catch (NotFoundException
                | NumberFormatException
                | org.springframework.security.access.AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
