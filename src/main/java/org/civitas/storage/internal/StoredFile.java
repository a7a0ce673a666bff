package org.civitas.storage.internal;

import org.civitas.platform.crypto.DigestAlgorithm;

/**
 * Content that is now on disk under its hash.
 *
 * @param created false when identical content was already stored and the new copy was discarded
 * @param checksum the integrity checksum by {@code checksumAlgorithm} (equal to {@code sha256} for SHA-256)
 */
record StoredFile(String sha256, long size, boolean created, DigestAlgorithm checksumAlgorithm, String checksum) {

    /** Content whose checksum is its SHA-256. */
    StoredFile(String sha256, long size, boolean created) {
        this(sha256, size, created, DigestAlgorithm.SHA_256, sha256);
    }
}
