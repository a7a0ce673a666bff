package org.civitas.exchange.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.civitas.exchange.backup.TableCatalogue.Table;
import org.civitas.platform.DomainException;
import org.civitas.storage.trusted.BlobContent;

/**
 * The database side of a restore, for any target connection: the target must be empty, the archive whole and of
 * the target's schema version; then rows and blobs load all or nothing ({@link ArchiveLoad}).
 */
final class ArchiveRestore {

    /**
     * Tables that hold rows once anyone used an installation: every person has an account, every change is
     * audited, every file has a record. What a bare start puts in (built-in roles, seed rows of migrations,
     * the workflow engine's own properties) does not count; a restore replaces it.
     */
    static final List<String> USED_WHEN_FILLED = List.of("app_user", "audit_record", "blob");

    private final Consumer<BackupProgress> progress;

    ArchiveRestore(Consumer<BackupProgress> progress) {
        this.progress = progress;
    }

    record Restored(BackupManifest manifest, ArchiveLoad.Loaded loaded) {}

    Restored run(Path archive, Connection target, BlobContent blobs, String targetSchemaVersion)
            throws IOException, SQLException {
        requireEmpty(target, blobs);
        BackupManifest manifest = new ArchiveCheck(progress).check(archive);
        if (!targetSchemaVersion.equals(manifest.schemaVersion())) {
            throw new DomainException("restore.schemaMismatch", manifest.schemaVersion(), targetSchemaVersion);
        }
        return new Restored(manifest, new ArchiveLoad(progress).load(archive, manifest, target, blobs));
    }

    static void requireEmpty(Connection target, BlobContent blobs) throws SQLException {
        TableCatalogue catalogue = TableCatalogue.read(target);
        for (String name : USED_WHEN_FILLED) {
            Table table = catalogue.table(name);
            if (table == null) {
                continue;
            }
            try (Statement statement = target.createStatement();
                    ResultSet rs =
                            statement.executeQuery("select count(*) from " + TableCatalogue.quoted(table.name()))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new DomainException("restore.targetNotEmpty", name, rs.getLong(1));
                }
            }
        }
        if (blobs.anyStored()) {
            throw new DomainException("restore.targetNotEmpty", "blobs", "≥ 1");
        }
    }
}
