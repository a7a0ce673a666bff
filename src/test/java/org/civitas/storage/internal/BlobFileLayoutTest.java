package org.civitas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobTooLargeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobFileLayoutTest {

    private static final byte[] HELLO = "你好，Civitas".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private BlobFileLayout files;

    @BeforeEach
    void setUp() {
        files = new BlobFileLayout(dir.resolve("blobs"), true);
    }

    @Test
    void storesContentUnderItsHashInTwoLevelsOfFolders() throws IOException {
        StoredFile stored = files.write(new ByteArrayInputStream(HELLO), 1024, null);

        String sha = sha256(HELLO);
        assertThat(stored).isEqualTo(new StoredFile(sha, HELLO.length, true));
        Path expected = dir.resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        assertThat(expected).hasBinaryContent(HELLO);
        assertThat(regularFiles()).containsExactly(expected);
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        StoredFile first = files.write(new ByteArrayInputStream(HELLO), 1024, null);
        StoredFile second = files.write(new ByteArrayInputStream(HELLO), 1024, null);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(regularFiles()).hasSize(1);
    }

    @Test
    void contentIsInvisibleUnderItsHashUntilComplete() throws IOException {
        byte[] content = new byte[300_000];
        String sha = sha256(content);
        Path target = files.pathOf(sha);
        // checks, while the copy is under way, that nothing has appeared at the final place yet
        InputStream watching = new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                assertThat(target).doesNotExist();
                return super.read(b, off, len);
            }
        };

        files.write(watching, content.length, null);

        assertThat(target).hasBinaryContent(content);
        assertThat(files.root().resolve("tmp")).isEmptyDirectory();
    }

    @Test
    void aFailingSourceLeavesNothing() throws IOException {
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> files.write(breaking, 1 << 20, null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("connection reset");
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void checksumMismatchLeavesNothing() throws IOException {
        String wrong = sha256("something else".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> files.write(new ByteArrayInputStream(HELLO), 1024, wrong))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("storage.error.checksumMismatch");
                    assertThat(e.arguments()).containsExactly(wrong, sha256(HELLO));
                });
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void matchingChecksumIsAccepted() {
        assertThat(files.write(new ByteArrayInputStream(HELLO), 1024, sha256(HELLO))
                        .created())
                .isTrue();
    }

    @Test
    void contentOfExactlyTheLimitIsAcceptedOneByteMoreIsRefusedAndLeavesNothing() throws IOException {
        assertThat(files.write(new ByteArrayInputStream(new byte[1000]), 1000, null)
                        .size())
                .isEqualTo(1000);
        List<Path> before = regularFiles();

        assertThatThrownBy(() -> files.write(new ByteArrayInputStream(new byte[1001]), 1000, null))
                .isInstanceOfSatisfying(
                        BlobTooLargeException.class,
                        e -> assertThat(e.maxBytes()).isEqualTo(1000));
        assertThat(regularFiles()).isEqualTo(before);
    }

    @Test
    void readsByteRanges() throws IOException {
        byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
        String sha = files.write(new ByteArrayInputStream(content), 1024, null).sha256();

        try (InputStream middle = files.open(sha, 3, 4);
                InputStream tail = files.open(sha, 9, 1);
                InputStream nothing = files.open(sha, 10, 0)) {
            assertThat(middle.readAllBytes())
                    .asString(StandardCharsets.US_ASCII)
                    .isEqualTo("3456");
            assertThat(tail.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("9");
            assertThat(nothing.readAllBytes()).isEmpty();
        }
    }

    @Test
    void refusesPathsThatAreNotHashes() {
        assertThatThrownBy(() -> files.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesOnlyStaleTemporaries() throws IOException {
        Path tmp = Files.createDirectories(files.root().resolve("tmp"));
        Path stale = Files.writeString(tmp.resolve("upload-1.part"), "left by a crash");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path running = Files.writeString(tmp.resolve("upload-2.part"), "still being written");

        files.deleteStaleTemporaries(Duration.ofDays(1));

        assertThat(stale).doesNotExist();
        assertThat(running).exists();
    }

    private List<Path> regularFiles() throws IOException {
        if (!Files.exists(dir.resolve("blobs"))) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("blobs"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
