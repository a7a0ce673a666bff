package org.civitas.exchange.backup;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civitas.exchange.backup.BackupManifest.TablePart;
import org.civitas.exchange.backup.TableCatalogue.Table;
import org.civitas.platform.DomainException;
import org.civitas.storage.trusted.BlobContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a checked archive ({@link ArchiveCheck}) into an empty schema: rows in one transaction, blobs beside it;
 * when anything fails the transaction is rolled back and the blobs written so far are removed again, so a
 * failed restore leaves the target as empty as it found it. Foreign keys are not checked while rows load
 * (the archive came from a consistent snapshot, and self-references need not be in key order): H2's
 * referential integrity is switched off, PostgreSQL's session runs in the replica role (which needs a
 * superuser or, from PostgreSQL 15, {@code GRANT SET ON PARAMETER session_replication_role}); without it
 * tables load in foreign-key order. Afterwards every identity column continues after its largest value.
 */
final class ArchiveLoad {

    private static final Logger log = LoggerFactory.getLogger(ArchiveLoad.class);

    private final Consumer<BackupProgress> progress;

    ArchiveLoad(Consumer<BackupProgress> progress) {
        this.progress = progress;
    }

    /** Rows and blobs restored. */
    record Loaded(long rows, long blobs, long blobBytes) {}

    Loaded load(Path archive, BackupManifest manifest, Connection target, BlobContent blobs)
            throws SQLException, IOException {
        TableCatalogue catalogue = TableCatalogue.read(target);
        Map<String, TablePart> parts = manifest.tables().stream().collect(Collectors.toMap(TablePart::name, p -> p));
        for (TablePart part : manifest.tables()) {
            if (catalogue.table(part.table()) == null) {
                throw new DomainException("restore.tableMissing", part.table(), manifest.schemaVersion());
            }
        }
        Path written = Files.createTempFile("civitas-restore-", ".blobs");
        boolean h2 = !catalogue.postgres();
        target.setAutoCommit(false);
        try {
            if (h2) {
                execute(target, "set referential_integrity false");
            } else {
                replicaRole(target);
            }
            clear(target, catalogue, manifest);
            Loaded loaded = loadEntries(archive, parts, target, catalogue, blobs, written);
            target.commit();
            IdentityCounters.reset(target, catalogue);
            target.commit();
            return loaded;
        } catch (SQLException | IOException | RuntimeException e) {
            target.rollback();
            undo(blobs, written);
            throw e;
        } finally {
            if (h2) {
                execute(target, "set referential_integrity true");
            }
            target.setAutoCommit(true);
            Files.deleteIfExists(written);
        }
    }

    private static void replicaRole(Connection target) throws SQLException {
        try {
            execute(target, "set local session_replication_role = replica");
        } catch (SQLException e) {
            log.info("Restoring in foreign-key order: the replica role is not allowed ({})", e.getMessage());
            target.rollback();
        }
    }

    /** Removes what the target's own start put into the tables (seed rows of migrations, built-in roles). */
    private static void clear(Connection target, TableCatalogue catalogue, BackupManifest manifest)
            throws SQLException {
        List<Table> reversed = new ArrayList<>(catalogue.inForeignKeyOrder()).reversed();
        var archived = manifest.tables().stream().map(TablePart::table).collect(Collectors.toSet());
        for (Table table : reversed) {
            if (archived.contains(table.lowerName())) {
                execute(target, "delete from " + TableCatalogue.quoted(table.name()));
            }
        }
    }

    private Loaded loadEntries(
            Path archive,
            Map<String, TablePart> parts,
            Connection target,
            TableCatalogue catalogue,
            BlobContent blobs,
            Path written)
            throws IOException, SQLException {
        long rows = 0;
        long blobCount = 0;
        long blobBytes = 0;
        int tables = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive));
                BufferedWriter undo = Files.newBufferedWriter(written, StandardCharsets.US_ASCII)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                TablePart part = parts.get(name);
                if (part != null) {
                    progress.accept(new BackupProgress("load", part.table(), tables++, parts.size()));
                    long loaded = new TableLoad(target, catalogue).load(unclosable(zip));
                    if (loaded != part.rows()) {
                        throw new DomainException("restore.partTampered", name);
                    }
                    rows += loaded;
                } else if (name.startsWith(ArchiveWriter.BLOBS)) {
                    String sha256 = name.substring(ArchiveWriter.BLOBS.length());
                    if (!blobs.exists(sha256)) {
                        undo.write(sha256);
                        undo.newLine();
                        undo.flush();
                        blobBytes += blobs.write(unclosable(zip), sha256);
                    }
                    if (++blobCount % 100 == 0) {
                        progress.accept(new BackupProgress("blobs", sha256, blobCount, 0));
                    }
                }
            }
        }
        return new Loaded(rows, blobCount, blobBytes);
    }

    private static void undo(BlobContent blobs, Path written) {
        try (var lines = Files.lines(written, StandardCharsets.US_ASCII)) {
            lines.filter(l -> !l.isBlank()).forEach(blobs::delete);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove every blob of a failed restore (listed in {}): {}", written, e.toString());
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream moves on to its next entry; only the archive's end closes it
            }
        };
    }
}
