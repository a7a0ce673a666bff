package org.civitas.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.civitas.exchange.backup.BackupManifest.TablePart;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.trusted.BlobContent;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Backup of the running test application and restore into a second, empty installation (H2, and PostgreSQL when
 * it answers): every table and blob arrives identical (the target, backed up in turn, gives the same checksums);
 * a tampered archive, a non-empty target and another schema version are refused with nothing written.
 */
@CivitasIntegrationTest
@DatabaseTest
class LogicalBackupIntegrationTest {

    /** Tables whose columns the workflow engine declares differently per database, with why. */
    private static final Map<String, String> DECLARED_DIFFERENTLY = Map.of(
            "act_evt_log", "IS_PROCESSED_ is a bit on H2 and a smallint on PostgreSQL",
            "event_publication", "Spring Modulith's H2 schema keeps nanoseconds, PostgreSQL microseconds");

    @Autowired
    LogicalBackup backup;

    @Autowired
    BlobStore store;

    @Autowired
    BlobContent blobContent;

    @Autowired
    ScheduledBackup scheduled;

    @TempDir
    Path dir;

    @Test
    void restoresIntoAFreshH2DatabaseWithEveryTableAndBlobIdentical() throws Exception {
        BackupManifest source = backupWithOwnBlob();
        try (RestoreTarget target = RestoreTarget.h2(source.schemaVersion())) {
            restoreAndCompare(source, target);
        }
    }

    @Test
    void restoresIntoAFreshPostgresqlSchemaWithEveryTableAndBlobIdentical() throws Exception {
        if (!TestDatabases.postgresAnswers()) {
            System.err.println(
                    "SKIPPED: PostgreSQL at 127.0.0.1:5432 does not answer; restore into PostgreSQL untested.");
        }
        assumeTrue(TestDatabases.postgresAnswers(), "PostgreSQL at 127.0.0.1:5432 does not answer");
        BackupManifest source = backupWithOwnBlob();
        try (RestoreTarget target = RestoreTarget.postgres(source.schemaVersion())) {
            restoreAndCompare(source, target);
        }
    }

    @Test
    void refusesATamperedArchiveNamingThePartAndWritesNothing() throws Exception {
        BackupManifest source = backupWithOwnBlob();
        Path tampered = dir.resolve("tampered.zip");
        String changed = tamper(dir.resolve("source.zip"), tampered);
        try (RestoreTarget target = RestoreTarget.h2(source.schemaVersion());
                Connection c = target.connection()) {
            BlobContent blobs = blobContent.at(target.blobs);
            assertThatThrownBy(() -> new ArchiveRestore(p -> {}).run(tampered, c, blobs, target.schemaVersion()))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "restore.partTampered")
                    .satisfies(
                            e -> assertThat(((DomainException) e).arguments()).contains(changed));
            assertThat(blobs.anyStored()).isFalse();
            ArchiveRestore.requireEmpty(c, blobs);
        }
    }

    @Test
    void refusesATargetThatIsNotEmptyAndAnotherSchemaVersion() throws Exception {
        BackupManifest source = backupWithOwnBlob();
        Path archive = dir.resolve("source.zip");
        try (RestoreTarget target = RestoreTarget.h2(source.schemaVersion());
                Connection c = target.connection()) {
            BlobContent blobs = blobContent.at(target.blobs);
            new ArchiveRestore(p -> {}).run(archive, c, blobs, target.schemaVersion());
            assertThatThrownBy(() -> new ArchiveRestore(p -> {}).run(archive, c, blobs, target.schemaVersion()))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "restore.targetNotEmpty");
        }
        // this installation itself has data: the service refuses before reading the archive
        assertThatThrownBy(() -> backup.restore(archive, p -> {}))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "restore.targetNotEmpty");
        try (RestoreTarget older = RestoreTarget.h2("20.1");
                Connection c = older.connection()) {
            assertThatThrownBy(() -> new ArchiveRestore(p -> {})
                            .run(archive, c, blobContent.at(older.blobs), older.schemaVersion()))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "restore.schemaMismatch");
        }
    }

    @Test
    void theScheduledJobKeepsOnlyTheNewestBackups() throws Exception {
        Path into = dir.resolve("scheduled");
        Files.createDirectories(into);
        for (String old : new String[] {
            "civitas-20260101-000000.zip",
            "civitas-20260102-000000.zip",
            "civitas-20260103-000000.zip",
            "civitas-20260104-000000.zip",
            "civitas-20260105-000000.zip",
            "civitas-20260106-000000.zip",
            "civitas-20260107-000000.zip",
            "notes.txt"
        }) {
            Files.writeString(into.resolve(old), "old");
        }
        Path written = scheduled.run(into);
        assertThat(written).exists();
        try (var files = Files.list(into)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .hasSize(8) // the default keeps 7, and the job leaves other files alone
                    .contains("notes.txt", written.getFileName().toString())
                    .doesNotContain("civitas-20260101-000000.zip");
        }
    }

    /** Stores a blob of this test's own, then backs the application up to {@code dir/source.zip}. */
    private BackupManifest backupWithOwnBlob() {
        String text = "backup test " + UUID.randomUUID();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("backup-test", null, StoragePermissions.UPLOAD));
        SecurityContextHolder.setContext(context);
        BlobInfo blob;
        try {
            blob = store.store(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "backup-test.txt", "text/plain");
        } finally {
            SecurityContextHolder.clearContext();
        }
        BackupManifest manifest =
                backup.backup(dir.resolve("source.zip"), p -> {}).manifest();
        assertThat(manifest.tables()).extracting(TablePart::table).contains("blob", "audit_record", "app_user");
        assertThat(manifest.blobs().count()).isPositive();
        assertThat(blob.sha256()).hasSize(64);
        return manifest;
    }

    /** Restores {@code dir/source.zip} into {@code target}, backs the target up and compares the two manifests. */
    private void restoreAndCompare(BackupManifest source, RestoreTarget target) throws Exception {
        BlobContent targetBlobs = blobContent.at(target.blobs);
        try (Connection c = target.connection()) {
            var restored =
                    new ArchiveRestore(p -> {}).run(dir.resolve("source.zip"), c, targetBlobs, target.schemaVersion());
            assertThat(restored.loaded().rows()).isEqualTo(source.rows());
        }
        BackupManifest again;
        try (Connection c = target.connection();
                OutputStream out = Files.newOutputStream(dir.resolve("again.zip"))) {
            c.setAutoCommit(false);
            again = new ArchiveWriter(p -> {})
                    .write(
                            c,
                            targetBlobs,
                            out,
                            new ArchiveWriter.Origin(
                                    "test",
                                    "x",
                                    c.getMetaData().getDatabaseProductName() + " "
                                            + c.getMetaData().getDatabaseProductVersion(),
                                    "test"));
        }
        Map<String, TablePart> restored = again.tables().stream().collect(Collectors.toMap(TablePart::table, t -> t));
        boolean sameDatabase = source.database().equals(again.database());
        for (TablePart table : source.tables()) {
            if (!sameDatabase && DECLARED_DIFFERENTLY.containsKey(table.table())) {
                // the header names another kind for the column, so only the rows can be compared
                assertThat(restored.get(table.table()).rows()).isEqualTo(table.rows());
                continue;
            }
            assertThat(restored.get(table.table()))
                    .as("table %s", table.table())
                    .isNotNull()
                    .satisfies(t ->
                            assertThat(t.rows()).as("rows of %s", table.table()).isEqualTo(table.rows()))
                    .satisfies(t -> assertThat(t.sha256())
                            .as("sha256 of %s", table.table())
                            .isEqualTo(table.sha256()));
        }
        assertThat(again.blobs()).isEqualTo(source.blobs());
    }

    /** Copies the archive, changing one byte of the largest table's rows; returns that part's name. */
    private static String tamper(Path from, Path to) throws Exception {
        BackupManifest manifest;
        try (var zip = new java.util.zip.ZipFile(from.toFile())) {
            manifest = Json.MAPPER.readValue(
                    zip.getInputStream(zip.getEntry(ArchiveWriter.MANIFEST)).readAllBytes(), BackupManifest.class);
        }
        String victim = manifest.tables().stream()
                .max(java.util.Comparator.comparingLong(TablePart::bytes))
                .orElseThrow()
                .name();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = ((InputStream) in).readAllBytes();
                if (entry.getName().equals(victim)) {
                    int at = content.length / 2;
                    content[at] = (byte) (content[at] == '1' ? '2' : '1');
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return victim;
    }
}
