package org.civitas.exchange.backup;

import java.time.Instant;
import java.util.List;

/**
 * What an archive holds, written as its last part ({@code manifest.json}): where and when it was made, the
 * schema version its rows fit, and a checksum of every part. A blob part's name is its SHA-256, so the
 * manifest lists the blobs only as a count, a size and one checksum over their names and sizes in order;
 * that keeps it small however many blobs there are.
 *
 * @param consistency how the rows were read (the snapshot the database gave), in words for an operator
 */
public record BackupManifest(
        String format,
        String civitasVersion,
        String schemaVersion,
        String database,
        String consistency,
        Instant createdAt,
        List<TablePart> tables,
        BlobParts blobs) {

    public static final String FORMAT = "civitas-backup/1";

    /** One table's rows: {@code tables/<table>.jsonl}, a header line and one JSON array per row. */
    public record TablePart(String name, String table, long rows, long bytes, String sha256) {}

    /** The blobs, {@code blobs/<sha256>} each, in hash order; {@code sha256} is over the lines {@code "<hash> <size>\n"}. */
    public record BlobParts(long count, long bytes, String sha256) {}

    public long rows() {
        return tables.stream().mapToLong(TablePart::rows).sum();
    }

    /** The uncompressed size of every part together. */
    public long bytes() {
        return tables.stream().mapToLong(TablePart::bytes).sum() + blobs.bytes();
    }
}
