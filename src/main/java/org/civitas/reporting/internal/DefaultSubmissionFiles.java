package org.civitas.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.platform.RichText;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionFiles;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobReader;
import org.civitas.storage.BlobStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Submissions' files over the storage module: stores through {@link BlobStore} (which asks for
 * {@code storage:upload}), reads through {@link BlobReader} after its own check, so that reading a
 * submission's file needs no {@code storage:read} (which would open every blob to its holder).
 */
@Service
class DefaultSubmissionFiles implements SubmissionFiles {

    private final BlobStore store;
    private final BlobReader reader;
    private final Submissions submissions;
    private final SubmissionVisibility visibility;
    private final AccessControl access;
    private final long maxWordBytes;

    DefaultSubmissionFiles(
            BlobStore store,
            BlobReader reader,
            Submissions submissions,
            SubmissionVisibility visibility,
            AccessControl access,
            @Value("${civitas.reporting.word-max-size:20MB}") DataSize maxWordSize) {
        this.store = store;
        this.reader = reader;
        this.submissions = submissions;
        this.visibility = visibility;
        this.access = access;
        this.maxWordBytes = maxWordSize.toBytes();
    }

    @Override
    @PreAuthorize("hasAuthority('" + ReportingPermissions.SUBMIT + "')")
    public WordImport importWord(InputStream content) {
        WordDocument document = WordDocument.read(content, maxWordBytes);
        // the length limit of rich text is checked before any picture is stored
        RichText.sanitize(document.html(n -> PATH + n));
        List<Long> ids = new ArrayList<>();
        for (WordDocument.Picture picture : document.pictures()) {
            ids.add(store.store(new ByteArrayInputStream(picture.content()), picture.filename(), picture.contentType())
                    .id());
        }
        RichText.Result body = RichText.sanitize(document.html(n -> PATH + ids.get((int) n)));
        return new WordImport(
                document.title(), body.html(), List.copyOf(ids), document.skippedPictures(), body.changed());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BlobInfo> readable(long blobId) {
        Optional<BlobInfo> blob = reader.find(blobId);
        if (blob.isEmpty()) {
            return blob;
        }
        if (blob.get().createdBy().equals(access.requireUser().getUsername())) {
            return blob;
        }
        Specification<Submission> carrying = (root, query, cb) -> cb.or(
                cb.isMember(blobId, root.<Collection<Long>>get("attachmentIds")),
                cb.isMember(blobId, root.<Collection<Long>>get("imageIds")));
        return submissions.exists(visibility.visible(null, ZoneOffset.UTC).and(carrying)) ? blob : Optional.empty();
    }

    @Override
    public InputStream open(BlobInfo blob) {
        return reader.open(blob.id(), 0, blob.size());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BlobInfo> describe(List<Long> blobIds) {
        return blobIds.stream()
                .distinct()
                .map(this::readable)
                .flatMap(Optional::stream)
                .toList();
    }
}
