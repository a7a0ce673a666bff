package org.civitas.reporting.internal.submission;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers for the files of submissions (attachments and body pictures; adoptions and instructions show the
 * pictures of the submissions they come from): readable by whoever may read a submission carrying them (its
 * label, state and scope, as for the submission itself), and never part of a public page.
 */
@Component
@Transactional(readOnly = true)
class SubmissionBlobHolders implements BlobHolders {

    private final Submissions submissions;
    private final SubmissionVisibility visibility;

    SubmissionBlobHolders(Submissions submissions, SubmissionVisibility visibility) {
        this.submissions = submissions;
        this.visibility = visibility;
    }

    @Override
    public boolean carries(long blobId) {
        return submissions.exists(carrying(blobId));
    }

    @Override
    public List<BlobHolder> holders(long blobId) {
        List<Submission> carriers = submissions.findAll(carrying(blobId));
        if (carriers.isEmpty()) {
            return List.of();
        }
        Set<Long> visible = submissions
                .findAll(visibility.visible(null, ZoneOffset.UTC).and(carrying(blobId)))
                .stream()
                .map(Submission::id)
                .collect(Collectors.toSet());
        return carriers.stream()
                .distinct()
                .map(s -> new BlobHolder("Submission " + s.id(), visible.contains(s.id()), false))
                .toList();
    }

    static Specification<Submission> carrying(long blobId) {
        return (root, query, cb) -> cb.or(
                cb.isMember(blobId, root.<Collection<Long>>get("attachmentIds")),
                cb.isMember(blobId, root.<Collection<Long>>get("imageIds")));
    }
}
