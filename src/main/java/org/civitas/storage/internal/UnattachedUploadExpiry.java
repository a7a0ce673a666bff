package org.civitas.storage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civitas.storage.BlobAccess;
import org.civitas.storage.BlobsExpired;
import org.civitas.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploads that no record came to carry within {@link StorageSettings#unattachedTtl()}: otherwise any
 * holder of {@code storage:upload} could fill the disk with files nobody can ever see. An upload found carried
 * is marked kept and never asked about again. A file on disk goes only with the last upload that shares it.
 */
@Component
class UnattachedUploadExpiry {

    private static final Logger log = LoggerFactory.getLogger(UnattachedUploadExpiry.class);
    private static final int BATCH = 500;

    private final BlobRecords records;
    private final BlobAccess access;
    private final BlobFileLayout files;
    private final StorageSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnattachedUploadExpiry(
            BlobRecords records,
            BlobAccess access,
            StorageSettings settings,
            @Value("${civitas.data-dir}") Path dataDir,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.access = access;
        this.files = new BlobFileLayout(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync());
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${civitas.storage.expiry-interval:PT1H}",
            fixedDelayString = "${civitas.storage.expiry-interval:PT1H}")
    void scheduled() {
        expire();
    }

    /** Removes the expired uploads; returns how many went. */
    int expire() {
        var cutoff = clock.instant().minus(settings.unattachedTtl());
        int removed = 0;
        long bytes = 0;
        List<String> orphaned = new ArrayList<>();
        List<BlobRecord> batch;
        do {
            batch = records.expiryCandidates(cutoff, PageRequest.of(0, BATCH));
            List<Long> kept = new ArrayList<>();
            List<BlobRecord> expired = new ArrayList<>();
            for (BlobRecord blob : batch) {
                if (access.attached(blob.id())) {
                    kept.add(blob.id());
                } else {
                    expired.add(blob);
                }
            }
            int count = expired.size();
            long size = expired.stream().mapToLong(BlobRecord::size).sum();
            transactions.executeWithoutResult(status -> {
                if (!kept.isEmpty()) {
                    records.keep(kept);
                }
                if (!expired.isEmpty()) {
                    records.deleteAllInBatch(expired);
                    events.publishEvent(new BlobsExpired(count, size));
                }
            });
            expired.forEach(blob -> orphaned.add(blob.sha256()));
            removed += count;
            bytes += size;
        } while (batch.size() == BATCH);
        for (String sha256 : orphaned) {
            if (records.countBySha256(sha256) == 0) {
                delete(files.pathOf(sha256));
            }
        }
        if (removed > 0) {
            log.info(
                    "Removed {} unattached uploads ({} bytes) older than {}", removed, bytes, settings.unattachedTtl());
        }
        return removed;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the expired file {}", file, e);
        }
    }
}
