package org.civitas.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.bouncycastle.crypto.Digest;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.storage.BlobChecksumsAdded;
import org.civitas.storage.StorageSettings;
import org.civitas.storage.trusted.BlobChecksums;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BlobChecksums} over the blob table and the files. Files are read outside any transaction
 * (they may be gigabytes); only the checksum updates of a batch share one. Uploads of identical
 * content share a file, which is read once per batch.
 */
@Service
class StoredFileChecksums implements BlobChecksums {

    private record Row(long id, String sha256, String algorithm, String checksum) {}

    private static final int BUFFER_SIZE = 64 * 1024;

    private final BlobFiles files;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    StoredFileChecksums(
            StorageSettings settings,
            @Value("${civitas.data-dir}") Path dataDir,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.files = new BlobFiles(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync());
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    @Override
    public boolean verify(long id) {
        List<Row> rows = jdbc.query(
                "select id, sha256, checksum_algorithm, checksum from blob where id = ?", StoredFileChecksums::row, id);
        if (rows.isEmpty()) {
            return false;
        }
        Row row = rows.getFirst();
        String actual = checksum(row.sha256(), DigestAlgorithm.of(row.algorithm()));
        return row.checksum().equals(actual);
    }

    @Override
    public Upgrade upgrade(DigestAlgorithm algorithm, int batchSize, LongConsumer progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        long upgraded = 0;
        List<Long> mismatched = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.query(
                    "select id, sha256, checksum_algorithm, checksum from blob where checksum_algorithm <> ? and id > ?"
                            + " order by id limit ?",
                    StoredFileChecksums::row,
                    algorithm.code(),
                    after,
                    batchSize);
            if (rows.isEmpty()) {
                return new Upgrade(upgraded, List.copyOf(mismatched), List.copyOf(missing));
            }
            Map<Long, String> checked = new HashMap<>();
            Map<String, Map<DigestAlgorithm, String>> computed = new HashMap<>();
            for (Row row : rows) {
                Map<DigestAlgorithm, String> sums = computed.computeIfAbsent(
                        row.sha256(), sha -> checksums(sha, DigestAlgorithm.of(row.algorithm()), algorithm));
                if (sums == null) {
                    missing.add(row.id());
                } else if (!row.checksum().equals(sums.get(DigestAlgorithm.of(row.algorithm())))) {
                    mismatched.add(row.id());
                } else {
                    checked.put(row.id(), sums.get(algorithm));
                }
            }
            Integer done = transactions.execute(status -> record(algorithm, rows, checked));
            upgraded += done == null ? 0 : done;
            progress.accept(upgraded);
            after = rows.getLast().id();
        }
    }

    private int record(DigestAlgorithm algorithm, List<Row> rows, Map<Long, String> checked) {
        int count = 0;
        for (Row row : rows) {
            String value = checked.get(row.id());
            if (value != null) {
                count += jdbc.update(
                        "update blob set checksum_algorithm = ?, checksum = ? where id = ? and checksum_algorithm = ?",
                        algorithm.code(),
                        value,
                        row.id(),
                        row.algorithm());
            }
        }
        if (count > 0) {
            events.publishEvent(new BlobChecksumsAdded(
                    algorithm.code(),
                    count,
                    rows.getFirst().id(),
                    rows.getLast().id()));
        }
        return count;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    /** The file's checksum by {@code algorithm}, or {@code null} when the file is gone. */
    private String checksum(String sha256, DigestAlgorithm algorithm) {
        Map<DigestAlgorithm, String> sums = checksums(sha256, algorithm, algorithm);
        return sums == null ? null : sums.get(algorithm);
    }

    /** Both checksums of one file in a single read, or {@code null} when the file is gone. */
    private Map<DigestAlgorithm, String> checksums(String sha256, DigestAlgorithm first, DigestAlgorithm second) {
        Path path = files.pathOf(sha256);
        Digest a = first.newDigest();
        Digest b = second == first ? null : second.newDigest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int n;
            while ((n = in.read(buffer)) != -1) {
                a.update(buffer, 0, n);
                if (b != null) {
                    b.update(buffer, 0, n);
                }
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<DigestAlgorithm, String> sums = new HashMap<>();
        sums.put(first, DigestAlgorithm.finish(a));
        if (b != null) {
            sums.put(second, DigestAlgorithm.finish(b));
        }
        return sums;
    }
}
