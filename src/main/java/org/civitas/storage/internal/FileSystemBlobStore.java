package org.civitas.storage.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobQuotaExceededException;
import org.civitas.storage.BlobStore;
import org.civitas.storage.BlobStored;
import org.civitas.storage.BlobTooLargeException;
import org.civitas.storage.ReadableBlob;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.StorageSettings;
import org.civitas.storage.UploadTypes;
import org.civitas.storage.trusted.BlobImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blobs as files on the local (or a shared) file system. The content is streamed to disk outside
 * any database transaction (a 2 GB upload must not hold a connection); only the metadata row and
 * the {@link BlobStored} event are written in one short transaction afterwards. Before a file is kept its
 * content is checked against its name and the allow-list ({@link UploadContentCheck}).
 */
@Service
class FileSystemBlobStore implements BlobStore, BlobImport {

    private static final Logger log = LoggerFactory.getLogger(FileSystemBlobStore.class);

    private final BlobFileLayout files;
    private final BlobRecords records;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final StorageSettings settings;
    private final Clock clock;
    private final BlobAccess access;
    private final DigestAlgorithm checksumAlgorithm;
    private final UploadTypes uploadTypes;
    private final UploadContentCheck contentCheck = new UploadContentCheck();

    FileSystemBlobStore(
            StorageSettings settings,
            @Value("${civitas.data-dir}") Path dataDir,
            BlobRecords records,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock,
            BlobAccess access,
            CryptoSettings crypto,
            UploadTypes uploadTypes) {
        this.access = access;
        this.uploadTypes = uploadTypes;
        this.files = new BlobFileLayout(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync());
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.checksumAlgorithm = crypto.fileChecksums();
        files.deleteStaleTemporaries(Duration.ofDays(1));
    }

    @Override
    @PreAuthorize("hasAuthority('" + StoragePermissions.UPLOAD + "')")
    public BlobInfo store(InputStream content, String filename, String contentType, String expectedSha256) {
        String createdBy = UploadMetadata.createdBy(currentUsername());
        long maxBytes = maxUploadBytes();
        long remaining = Math.max(0, settings.userQuota().toBytes() - records.usedBy(createdBy));
        return keep(content, filename, contentType, expectedSha256, createdBy, maxBytes, remaining);
    }

    /** An operator's import: no permission or quota (the operator owns the server), the large-upload limit. */
    @Override
    public BlobInfo storeImported(InputStream content, String filename, String contentType, String createdBy) {
        long maxBytes = settings.largeUploadSize().toBytes();
        return keep(content, filename, contentType, null, UploadMetadata.createdBy(createdBy), maxBytes, maxBytes);
    }

    private BlobInfo keep(
            InputStream content,
            String filename,
            String contentType,
            String expectedSha256,
            String createdBy,
            long maxBytes,
            long remaining) {
        String checksum = UploadMetadata.sha256(expectedSha256);
        String name = UploadMetadata.filename(filename);
        String type = UploadMetadata.contentType(contentType);
        List<String> allowed = uploadTypes.allowed();
        String[] verifiedType = {type};
        StoredFile file;
        try {
            file = files.write(
                    content,
                    Math.min(maxBytes, remaining),
                    checksum,
                    checksumAlgorithm,
                    temp -> verifiedType[0] = contentCheck.check(temp, name, type, allowed));
        } catch (BlobTooLargeException e) {
            throw remaining < maxBytes
                    ? new BlobQuotaExceededException(settings.userQuota().toBytes())
                    : e;
        }
        // as precise as the database keeps it, so that the returned info equals what is read back later
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            return transactions.execute(status -> {
                BlobInfo info = records.save(
                                new BlobRecord(file.sha256(), file.size(), verifiedType[0], name, createdBy, createdAt)
                                        .checksummed(file.checksumAlgorithm(), file.checksum()))
                        .toInfo();
                events.publishEvent(new BlobStored(info, !file.created()));
                return info;
            });
        } catch (RuntimeException e) {
            // The file stays: another upload may already share it. Unreferenced files are harmless.
            log.warn("Stored content {} but could not record the upload of {}", file.sha256(), name, e);
            throw e;
        }
    }

    @Override
    @PreAuthorize("hasAuthority('" + StoragePermissions.UPLOAD + "')")
    public BlobInfo store(InputStream content, String filename, String contentType) {
        // not inherited from the interface's default: a call from there would bypass the permission check
        return store(content, filename, contentType, null);
    }

    /** The largest upload the current user may make: documents for everyone, media for the media library. */
    @Override
    public long maxUploadBytes() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean large = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> StoragePermissions.UPLOAD_LARGE.equals(a.getAuthority()));
        return (large ? settings.largeUploadSize() : settings.maxUploadSize()).toBytes();
    }

    @Override
    public Optional<BlobInfo> find(long id) {
        return access.readable(id).map(ReadableBlob::blob);
    }

    @Override
    public InputStream open(long id, long offset, long length) {
        BlobInfo blob = find(id).orElseThrow(() -> new NotFoundException("Blob", id));
        if (offset < 0 || length < 0 || offset + length > blob.size()) {
            throw new IllegalArgumentException(
                    "Range " + offset + "+" + length + " lies outside blob " + id + " of " + blob.size() + " bytes");
        }
        return files.open(blob.sha256(), offset, length);
    }

    @Override
    public InputStream open(long id) {
        BlobInfo blob = find(id).orElseThrow(() -> new NotFoundException("Blob", id));
        return files.open(blob.sha256(), 0, blob.size());
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null ? authentication.getName() : "system";
    }
}
