package org.civitas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity checksum is computed in the same pass as the SHA-256 that names the file. */
class BlobFileLayoutChecksumTest {

    private static final byte[] CONTENT = "阿坝州政府信息公开".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void anSm3ChecksumIsRecordedBesideTheSha256Address() {
        var files = new BlobFileLayout(dir, false);

        StoredFile stored = files.write(new ByteArrayInputStream(CONTENT), 1024, null, DigestAlgorithm.SM3);

        assertThat(stored.sha256()).isEqualTo(DigestAlgorithm.SHA_256.hex(CONTENT));
        assertThat(stored.checksumAlgorithm()).isEqualTo(DigestAlgorithm.SM3);
        assertThat(stored.checksum())
                .isEqualTo(DigestAlgorithm.SM3.hex(CONTENT))
                .isNotEqualTo(stored.sha256());
        assertThat(files.pathOf(stored.sha256())).hasBinaryContent(CONTENT);
    }

    @Test
    void theStandardChecksumIsTheSha256Itself() {
        var files = new BlobFileLayout(dir, false);

        StoredFile stored = files.write(new ByteArrayInputStream(CONTENT), 1024, null, DigestAlgorithm.SHA_256);

        assertThat(stored.checksumAlgorithm()).isEqualTo(DigestAlgorithm.SHA_256);
        assertThat(stored.checksum()).isEqualTo(stored.sha256());
    }
}
