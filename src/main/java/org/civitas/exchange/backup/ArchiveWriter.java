package org.civitas.exchange.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.exchange.backup.BackupManifest.BlobParts;
import org.civitas.exchange.backup.BackupManifest.TablePart;
import org.civitas.exchange.backup.TableCatalogue.Column;
import org.civitas.exchange.backup.TableCatalogue.Table;
import org.civitas.platform.DomainException;
import org.civitas.storage.trusted.BlobContent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes an archive from one open snapshot: every table as JSON Lines (in foreign-key order), then every blob
 * the snapshot's blob records name, then the manifest. A zip (java.util.zip) is enough: it streams entries of
 * unknown length (data descriptors), switches to zip64 past 4 GB or 65,535 entries by itself, and any
 * operator can list or unpack it with standard tools. Rows and file contents stream through; nothing grows
 * with the size of the database but the manifest's list of tables.
 */
final class ArchiveWriter {

    static final String TABLES = "tables/";
    static final String BLOBS = "blobs/";
    static final String MANIFEST = "manifest.json";

    private final Consumer<BackupProgress> progress;

    ArchiveWriter(Consumer<BackupProgress> progress) {
        this.progress = progress;
    }

    /** What the manifest says besides the parts. */
    record Origin(String civitasVersion, String schemaVersion, String database, String consistency) {}

    BackupManifest write(Connection snapshot, BlobContent blobs, OutputStream target, Origin origin)
            throws SQLException, IOException {
        Instant createdAt = Instant.now();
        ZipOutputStream zip = new ZipOutputStream(target);
        TableCatalogue catalogue = TableCatalogue.read(snapshot);
        List<Table> tables = catalogue.inForeignKeyOrder();
        List<TablePart> parts = new ArrayList<>();
        zip.setLevel(Deflater.BEST_SPEED);
        int done = 0;
        for (Table table : tables) {
            progress.accept(new BackupProgress("tables", table.lowerName(), done++, tables.size()));
            parts.add(writeTable(snapshot, catalogue, table, zip));
        }
        // blobs are mostly compressed already (images, PDF, DOCX): store them without spending CPU on them
        zip.setLevel(Deflater.NO_COMPRESSION);
        BlobParts blobParts = writeBlobs(snapshot, blobs, zip);
        BackupManifest manifest = new BackupManifest(
                BackupManifest.FORMAT,
                origin.civitasVersion(),
                origin.schemaVersion(),
                origin.database(),
                origin.consistency(),
                createdAt,
                parts,
                blobParts);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private TablePart writeTable(Connection snapshot, TableCatalogue catalogue, Table table, ZipOutputStream zip)
            throws SQLException, IOException {
        String name = TABLES + table.lowerName() + ".jsonl";
        zip.putNextEntry(new ZipEntry(name));
        PartDigest digest = new PartDigest();
        List<String> columns = new ArrayList<>(table.columns().keySet());
        List<ValueCodec.Kind> kinds = new ArrayList<>();
        for (Column c : table.columns().values()) {
            kinds.add(c.kind());
        }
        long rows = 0;
        try (OutputStream part = digest.into(zip);
                JsonGenerator json = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), part)) {
            json.writeStartObject();
            json.writeStringProperty("table", table.lowerName());
            json.writeName("columns");
            json.writeStartArray();
            for (int i = 0; i < columns.size(); i++) {
                json.writeStartArray();
                json.writeString(columns.get(i));
                json.writeString(kinds.get(i).code());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
            String select = "select "
                    + String.join(
                            ", ",
                            table.columns().values().stream()
                                    .map(c -> TableCatalogue.quoted(c.name()))
                                    .toList())
                    + " from " + TableCatalogue.quoted(table.name()) + catalogue.keyOrder(table);
            try (Statement statement = snapshot.createStatement()) {
                // streams on PostgreSQL (inside a transaction); H2 pages results to disk beyond its memory limit
                statement.setFetchSize(500);
                try (ResultSet rs = statement.executeQuery(select)) {
                    while (rs.next()) {
                        json.writeStartArray();
                        for (int i = 0; i < kinds.size(); i++) {
                            ValueCodec.write(rs, i + 1, kinds.get(i), json);
                        }
                        json.writeEndArray();
                        rows++;
                    }
                }
            }
            json.writeRaw('\n');
        }
        zip.closeEntry();
        return new TablePart(name, table.lowerName(), rows, digest.bytes(), digest.hex());
    }

    private BlobParts writeBlobs(Connection snapshot, BlobContent blobs, ZipOutputStream zip) throws SQLException {
        MessageDigest names = PartDigest.newDigest();
        long[] count = {0};
        long[] bytes = {0};
        blobs.eachReferenced(snapshot, content -> {
            try (InputStream in = blobs.open(content.sha256())) {
                zip.putNextEntry(new ZipEntry(BLOBS + content.sha256()));
                PartDigest part = PartDigest.of(in, zip);
                zip.closeEntry();
                if (!part.hex().equals(content.sha256())) {
                    throw new DomainException("backup.blobCorrupt", content.sha256());
                }
                names.update((content.sha256() + " " + part.bytes() + "\n").getBytes());
                count[0]++;
                bytes[0] += part.bytes();
                if (count[0] % 100 == 0) {
                    progress.accept(new BackupProgress("blobs", content.sha256(), count[0], 0));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        progress.accept(new BackupProgress("blobs", "", count[0], count[0]));
        return new BlobParts(count[0], bytes[0], HexFormat.of().formatHex(names.digest()));
    }
}
