package org.civitas.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed blob storage. Content is streamed (never held in memory whole), hashed with SHA-256
 * while it is written to a temporary file, and moved into place atomically; identical content is
 * stored once. Storing needs {@link StoragePermissions#UPLOAD} (and a larger file {@link
 * StoragePermissions#UPLOAD_LARGE}); reading is allowed as {@link BlobAccess#readable} says.
 */
public interface BlobStore {

    /**
     * Stores {@code content} (read to its end, not closed) and records the upload; publishes one
     * {@link BlobStored}.
     *
     * @param filename the original file name; any directory part is dropped
     * @param contentType the declared media type; {@code application/octet-stream} when absent or invalid
     * @param expectedSha256 hex SHA-256 the content must have, or {@code null}; on mismatch nothing is kept
     * @throws BlobTooLargeException when the content exceeds {@link StorageSettings#maxUploadSize()}
     * @throws BlobQuotaExceededException when it would take the uploader beyond {@link StorageSettings#userQuota()}
     * @throws BlobTypeRefusedException when the name's extension is not on the {@link UploadTypes} allow-list or the
     *     content is not of the type the name says
     * @throws org.civitas.platform.DomainException when the checksum is malformed or does not match
     * @throws java.io.UncheckedIOException when reading the content or writing the file fails
     */
    BlobInfo store(InputStream content, String filename, String contentType, String expectedSha256);

    /** Stores {@code content} without a checksum to verify. */
    default BlobInfo store(InputStream content, String filename, String contentType) {
        return store(content, filename, contentType, null);
    }

    /** The largest upload the current user may make ({@link StorageSettings#maxUploadSize} or, for holders of
     * {@link StoragePermissions#UPLOAD_LARGE}, {@link StorageSettings#largeUploadSize}). */
    long maxUploadBytes();

    /** The blob when the current user may read it ({@link BlobAccess#readable}). */
    Optional<BlobInfo> find(long id);

    /**
     * The blob's content from byte {@code offset}, {@code length} bytes long; the caller closes it.
     *
     * @throws org.civitas.platform.NotFoundException when there is no such blob
     * @throws IllegalArgumentException when the range lies outside the content
     */
    InputStream open(long id, long offset, long length);

    /** The blob's whole content; the caller closes it. */
    InputStream open(long id);
}
