package org.civitas.storage.trusted;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Trusted port: no permission checks; the stored files by their SHA-256, for backup and restore. Content is
 * addressed by hash and never changes once written, so a copy of the files a database snapshot names is
 * consistent with that snapshot whenever it is taken.
 */
public interface BlobContent {

    /**
     * Hands the SHA-256 and size of every distinct stored content the blob records name to {@code sink}, in hash
     * order, read through {@code snapshot} (the caller's open transaction), so that it agrees with the rows the
     * caller reads there.
     */
    void eachReferenced(Connection snapshot, Consumer<Content> sink) throws SQLException;

    /** Whether the file of {@code sha256} is on disk. */
    boolean exists(String sha256);

    /** The whole file of {@code sha256}; the caller closes it. */
    InputStream open(String sha256);

    /**
     * Writes {@code content} under its hash, refusing (and keeping nothing) when it does not have {@code sha256}.
     *
     * @return the number of bytes written
     * @throws org.civitas.platform.DomainException {@code storage.error.checksumMismatch} on a mismatch
     */
    long write(InputStream content, String sha256);

    /** Removes the file of {@code sha256}, if there is one (undoing a restore that failed half-way). */
    void delete(String sha256);

    /** Whether any content is stored at all. */
    boolean anyStored();

    /** The same operations on another blob directory (a restore target other than this installation's). */
    BlobContent at(Path directory);

    /** One stored content: its SHA-256 and its size in bytes. */
    record Content(String sha256, long size) {}
}
