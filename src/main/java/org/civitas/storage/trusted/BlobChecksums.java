package org.civitas.storage.trusted;

import java.util.List;
import java.util.function.LongConsumer;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.storage.BlobChecksumsAdded;

/**
 * Trusted port: no permission checks; the integrity checksums of stored files, each recorded with its
 * algorithm, for the operator's command line and for checks. It reads files and returns no content.
 */
public interface BlobChecksums {

    /** Whether the file of blob {@code id} still has the checksum recorded for it (false when the file is gone). */
    boolean verify(long id);

    /**
     * Gives every blob recorded with another algorithm a checksum by {@code algorithm}, after checking
     * its file against the checksum it has: a file that no longer matches keeps its old checksum and
     * is reported, so corruption is never blessed with a new one. In batches of {@code batchSize}, each
     * one transaction publishing one {@link BlobChecksumsAdded}; repeating it changes nothing more.
     *
     * @param progress told the number of blobs done so far after each batch
     */
    Upgrade upgrade(DigestAlgorithm algorithm, int batchSize, LongConsumer progress);

    /**
     * @param upgraded blobs that now have a checksum by the new algorithm
     * @param mismatched blobs whose file no longer matches its recorded checksum
     * @param missing blobs whose file is not on disk
     */
    record Upgrade(long upgraded, List<Long> mismatched, List<Long> missing) {}
}
