package org.civitas.storage;

import java.time.Instant;

/**
 * One stored upload. Several uploads of identical content share one file on disk (same {@code sha256})
 * but each has its own id, name and uploader.
 *
 * @param sha256 lower-case hex SHA-256 of the content; also the download's ETag
 * @param size content length in bytes
 * @param contentType media type declared by the uploader ({@code application/octet-stream} when none)
 * @param filename the original file name, without any directory part
 * @param createdBy username of the uploader
 */
public record BlobInfo(
        long id, String sha256, long size, String contentType, String filename, String createdBy, Instant createdAt) {}
