package org.civitas.storage.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStored;
import org.civitas.storage.StorageSettings;
import org.civitas.storage.trusted.VerbatimBlobImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link VerbatimBlobImport} over the same files and records as {@link FileSystemBlobStore}, without its permission check,
 * allow-list, size limit and quota: an import keeps every file it carries over.
 */
@Service
class VerbatimBlobImporter implements VerbatimBlobImport {

    private final BlobFileLayout files;
    private final BlobRecords records;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CryptoSettings crypto;

    VerbatimBlobImporter(
            StorageSettings settings,
            @Value("${civitas.data-dir}") Path dataDir,
            BlobRecords records,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock,
            CryptoSettings crypto) {
        this.files = new BlobFileLayout(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync());
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.crypto = crypto;
    }

    @Override
    public BlobInfo storeVerbatim(InputStream content, String filename, String contentType, String expectedSha256) {
        StoredFile file =
                files.write(content, Long.MAX_VALUE, UploadMetadata.sha256(expectedSha256), crypto.fileChecksums());
        String name = UploadMetadata.filename(filename);
        String type = UploadMetadata.contentType(contentType);
        String createdBy = UploadMetadata.createdBy(currentUsername());
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.execute(status -> {
            BlobInfo info = records.save(new BlobRecord(file.sha256(), file.size(), type, name, createdBy, createdAt)
                            .checksummed(file.checksumAlgorithm(), file.checksum()))
                    .toInfo();
            events.publishEvent(new BlobStored(info, !file.created()));
            return info;
        });
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null ? authentication.getName() : "system";
    }
}
