package org.civitas.storage.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.storage.BlobInfo;

/** The metadata row of one stored upload; immutable once written. */
@Entity
@Table(name = "blob")
class BlobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private String filename;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Names the blob in public addresses instead of its countable id. */
    @Column(name = "public_key", nullable = false, updatable = false, length = 36)
    private String publicKey;

    /** Once a record was found carrying the upload (or it predates expiry), it never expires. */
    @Column(nullable = false)
    private boolean kept;
    /** The integrity checksum; the file's name stays its SHA-256 whatever this algorithm is. */
    @Column(name = "checksum_algorithm", nullable = false, length = 16)
    private String checksumAlgorithm;

    @Column(nullable = false, length = 64)
    private String checksum;

    protected BlobRecord() {}

    BlobRecord(String sha256, long size, String contentType, String filename, String createdBy, Instant createdAt) {
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.filename = filename;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.publicKey = randomKey();
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    long id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    String createdBy() {
        return createdBy;
    }

    String publicKey() {
        return publicKey;
    }

    /** Records the checksum computed while the content was written. */
    BlobRecord checksummed(DigestAlgorithm algorithm, String value) {
        this.checksumAlgorithm = algorithm.code();
        this.checksum = value;
        return this;
    }

    BlobInfo toInfo() {
        return new BlobInfo(id, sha256, size, contentType, filename, createdBy, createdAt);
    }
}
