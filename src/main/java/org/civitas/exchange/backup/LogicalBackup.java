package org.civitas.exchange.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.civitas.audit.ChainVerification;
import org.civitas.audit.trusted.AuditChainCheck;
import org.civitas.exchange.BackupRestored;
import org.civitas.exchange.BackupWritten;
import org.civitas.platform.DomainException;
import org.civitas.search.ReindexReport;
import org.civitas.search.SearchAdministration;
import org.civitas.storage.trusted.BlobContent;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backup and restore of this installation as one archive ({@link ArchiveWriter}). Operator work: it checks no
 * permission (the command line and the scheduled job call it) and records each backup and restore in the audit
 * trail.
 *
 * <p>Consistency: the rows are read in one read-only transaction that sees one snapshot of the whole
 * database: REPEATABLE READ on PostgreSQL (a snapshot taken at its first statement), and H2's own SNAPSHOT
 * level on H2, because H2's REPEATABLE READ takes each table's snapshot only when the table is first read
 * (measured: a row committed to a second table after the first was read is seen). Writers go on meanwhile.
 */
@Service
public class LogicalBackup {

    /** H2's {@code Constants.TRANSACTION_SNAPSHOT}: one snapshot of every table from the transaction's first read. */
    static final int H2_SNAPSHOT = 6;

    private final DataSource dataSource;
    private final BlobContent blobs;
    private final Flyway flyway;
    private final ObjectProvider<BuildProperties> build;
    private final SearchAdministration search;
    private final AuditChainCheck auditChain;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    LogicalBackup(
            DataSource dataSource,
            BlobContent blobs,
            Flyway flyway,
            ObjectProvider<BuildProperties> build,
            SearchAdministration search,
            AuditChainCheck auditChain,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.blobs = blobs;
        this.flyway = flyway;
        this.build = build;
        this.search = search;
        this.auditChain = auditChain;
        this.events = events;
        this.transactions = transactions;
    }

    /** What a backup wrote. */
    public record BackupReport(Path file, BackupManifest manifest, long archiveBytes, Duration took) {}

    /** What a restore rebuilt, and whether the restored audit trail still verifies. */
    public record RestoreReport(
            BackupManifest manifest, long rows, long blobs, long indexed, ChainVerification chain, Duration took) {}

    /**
     * Writes the archive to {@code file} (through a temporary file beside it, moved into place when complete, so
     * that a file of that name is always a whole archive).
     */
    public BackupReport backup(Path file, Consumer<BackupProgress> progress) {
        long start = System.nanoTime();
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        BackupManifest manifest;
        try {
            Files.createDirectories(target.getParent());
            try (Connection snapshot = snapshot();
                    OutputStream out = Files.newOutputStream(partial)) {
                manifest = new ArchiveWriter(progress).write(snapshot, blobs, out, origin(snapshot));
                snapshot.rollback();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        long size = size(target);
        transactions.executeWithoutResult(s -> events.publishEvent(new BackupWritten(
                target.toString(), manifest.rows(), manifest.blobs().count(), size)));
        return new BackupReport(target, manifest, size, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Rebuilds this installation, which must be empty, from {@code file}: checks every part first, then loads
     * rows and blobs (all or nothing), rebuilds the search index and verifies the restored audit trail.
     */
    public RestoreReport restore(Path file, Consumer<BackupProgress> progress) {
        long start = System.nanoTime();
        if (!Files.isReadable(file)) {
            throw new DomainException("restore.fileMissing", file);
        }
        try {
            ArchiveRestore.Restored restored;
            try (Connection target = dataSource.getConnection()) {
                restored = new ArchiveRestore(progress).run(file, target, blobs, schemaVersion());
            }
            BackupManifest manifest = restored.manifest();
            ArchiveLoad.Loaded loaded = restored.loaded();
            ReindexReport index = search.reindex(
                    "restore", p -> progress.accept(new BackupProgress("index", p.phase(), p.done(), p.total())));
            ChainVerification chain = auditChain.verify();
            transactions.executeWithoutResult(s -> events.publishEvent(new BackupRestored(
                    file.toAbsolutePath().normalize().toString(),
                    manifest.createdAt().toString(),
                    loaded.rows(),
                    loaded.blobs())));
            return new RestoreReport(
                    manifest,
                    loaded.rows(),
                    loaded.blobs(),
                    index.documents(),
                    chain,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Connection snapshot() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(
                    postgres(connection) ? Connection.TRANSACTION_REPEATABLE_READ : H2_SNAPSHOT);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private ArchiveWriter.Origin origin(Connection snapshot) throws SQLException {
        boolean postgres = postgres(snapshot);
        String database = snapshot.getMetaData().getDatabaseProductName() + " "
                + snapshot.getMetaData().getDatabaseProductVersion();
        BuildProperties properties = build.getIfAvailable();
        return new ArchiveWriter.Origin(
                properties == null ? "development" : properties.getVersion(),
                schemaVersion(),
                database,
                postgres
                        ? "one read-only REPEATABLE READ transaction (one snapshot of every table)"
                        : "one read-only H2 SNAPSHOT transaction (one snapshot of every table)");
    }

    String schemaVersion() {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? "0"
                : current.getVersion().getVersion();
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }
}
