package org.civitas.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.Digest;
import org.civitas.platform.DomainException;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.storage.BlobTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of the blob store: {@code <root>/ab/cd/<sha256>}, written by streaming into
 * {@code <root>/tmp} (same file system, so the final move is an atomic rename) while hashing.
 * A file under its hash is always complete: readers never see a partial one.
 */
final class BlobFileLayout {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Logger log = LoggerFactory.getLogger(BlobFileLayout.class);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path temporaries;
    private final boolean fsync;

    BlobFileLayout(Path root, boolean fsync) {
        this.root = root.toAbsolutePath().normalize();
        this.temporaries = this.root.resolve("tmp");
        this.fsync = fsync;
    }

    Path root() {
        return root;
    }

    /** {@link #write(InputStream, long, String, DigestAlgorithm)} with SHA-256 as the checksum. */
    StoredFile write(InputStream content, long maxBytes, String expectedSha256) {
        return write(content, maxBytes, expectedSha256, DigestAlgorithm.SHA_256);
    }

    /**
     * Copies {@code content} to its content-addressed place. On any failure (too large, checksum
     * mismatch, I/O error) the temporary file is deleted and nothing new is left on disk.
     *
     * @param expectedSha256 normalised hex checksum the content must have, or {@code null}
     * @param checksumAlgorithm the algorithm of the integrity checksum to record (computed in the same pass)
     */
    StoredFile write(InputStream content, long maxBytes, String expectedSha256, DigestAlgorithm checksumAlgorithm) {
        return write(content, maxBytes, expectedSha256, checksumAlgorithm, file -> {});
    }

    /**
     * As {@link #write(InputStream, long, String, DigestAlgorithm)}, and {@code inspection} sees the complete
     * content before it is kept: when it throws, nothing is left on disk.
     */
    StoredFile write(
            InputStream content,
            long maxBytes,
            String expectedSha256,
            DigestAlgorithm checksumAlgorithm,
            Consumer<Path> inspection) {
        Path temp = null;
        try {
            Files.createDirectories(temporaries);
            temp = Files.createTempFile(temporaries, "upload-", ".part");
            MessageDigest digest = sha256();
            Digest checksum = checksumAlgorithm == DigestAlgorithm.SHA_256 ? null : checksumAlgorithm.newDigest();
            long size = copy(content, temp, digest, checksum, maxBytes);
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String checksumValue = checksum == null ? sha256 : DigestAlgorithm.finish(checksum);
            if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
                throw new DomainException("storage.error.checksumMismatch", expectedSha256, sha256);
            }
            inspection.accept(temp);
            Path target = pathOf(sha256);
            if (Files.exists(target)) {
                return new StoredFile(sha256, size, false, checksumAlgorithm, checksumValue);
            }
            Files.createDirectories(target.getParent());
            // Identical content racing in from another upload is harmless: the rename replaces a file with the same
            // bytes.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new StoredFile(sha256, size, true, checksumAlgorithm, checksumValue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private long copy(InputStream content, Path temp, MessageDigest digest, Digest checksum, long maxBytes)
            throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            int n;
            while ((n = content.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                if (checksum != null) {
                    checksum.update(buffer, 0, n);
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            if (fsync) {
                out.force(true);
            }
        }
        return size;
    }

    /** The content of a stored file from {@code offset}, {@code length} bytes long. */
    InputStream open(String sha256, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
            try {
                channel.position(offset);
                return new RangeInputStream(Channels.newInputStream(channel), length);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    /** Deletes temporary files older than {@code age}: leftovers of uploads cut short by a crash. */
    void deleteStaleTemporaries(Duration age) {
        if (!Files.isDirectory(temporaries)) {
            return;
        }
        Instant cutoff = Instant.now().minus(age);
        try (var files = Files.list(temporaries)) {
            files.filter(f -> isOlderThan(f, cutoff)).forEach(BlobFileLayout::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not list temporary uploads in {}: {}", temporaries, e.toString());
        }
    }

    private static boolean isOlderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete temporary upload {}: {}", file, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
