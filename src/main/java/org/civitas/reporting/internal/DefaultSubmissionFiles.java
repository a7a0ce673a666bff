package org.civitas.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.platform.RichText;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionFiles;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.ReadableBlob;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Submissions' files over the storage module: stores through {@link BlobStore} (which asks for
 * {@code storage:upload}), reads through {@link BlobReader} after {@link BlobAccess} (whose answer for submissions is {@link
 * SubmissionBlobHolders}): a file is readable by its uploader until a record carries it, then through the records
 * that carry it.
 */
@Service
class DefaultSubmissionFiles implements SubmissionFiles {

    private final BlobStore store;
    private final BlobReader reader;
    private final BlobAccess blobAccess;
    private final AccessControl access;
    private final long maxWordBytes;

    DefaultSubmissionFiles(
            BlobStore store,
            BlobReader reader,
            BlobAccess blobAccess,
            AccessControl access,
            @Value("${civitas.reporting.word-max-size:20MB}") DataSize maxWordSize) {
        this.store = store;
        this.reader = reader;
        this.blobAccess = blobAccess;
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
        access.requireUser();
        return blobAccess.readable(blobId).map(ReadableBlob::blob);
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
