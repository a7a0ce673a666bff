package org.civitas.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.civitas.content.ContentPermissions;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The store against the real database and file system, with method security and events. */
@SpringBootTest(properties = {StorageTestSupport.MAX_UPLOAD_PROPERTY, StorageTestSupport.QUOTA_PROPERTY})
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class BlobStoreIntegrationTest {

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Value("${civitas.data-dir}")
    Path dataDir;

    @Test
    @WithMockUser(
            username = "zhang.san",
            authorities = {StoragePermissions.UPLOAD})
    void storesRecordsAndReadsBackAnUpload() throws IOException {
        byte[] content = StorageTestSupport.unique("会议纪要");

        BlobInfo stored = blobs.store(new ByteArrayInputStream(content), "D:\\文件\\会议纪要.txt", "text/plain");

        assertThat(stored.filename()).isEqualTo("会议纪要.txt");
        assertThat(stored.contentType()).isEqualTo("text/plain");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(StorageTestSupport.sha256(content));
        assertThat(stored.createdBy()).isEqualTo("zhang.san");
        assertThat(blobs.find(stored.id())).contains(stored);
        try (InputStream all = blobs.open(stored.id());
                InputStream part = blobs.open(stored.id(), 3, 4)) {
            assertThat(all.readAllBytes()).isEqualTo(content);
            assertThat(part.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 3, 7));
        }
        assertThat(events.stream(BlobStored.class)).containsExactly(new BlobStored(stored, false));
        assertThat(StorageTestSupport.filesNamed(dataDir, stored.sha256())).hasSize(1);
    }

    @Test
    @WithMockUser(authorities = StoragePermissions.UPLOAD)
    void identicalContentIsStoredOnceButRecordedPerUpload() throws IOException {
        byte[] content = StorageTestSupport.unique("重复");

        BlobInfo first = blobs.store(new ByteArrayInputStream(content), "a.txt", null);
        BlobInfo second = blobs.store(new ByteArrayInputStream(content), "b.txt", null);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        // nothing declared: the type the content was checked to be
        assertThat(second.contentType()).isEqualTo("text/plain");
        assertThat(rowsWithSha(first.sha256())).isEqualTo(2);
        assertThat(StorageTestSupport.filesNamed(dataDir, first.sha256())).hasSize(1);
        assertThat(events.stream(BlobStored.class))
                .containsExactly(new BlobStored(first, false), new BlobStored(second, true));
    }

    @Test
    @WithMockUser(authorities = StoragePermissions.UPLOAD)
    void aChecksumMismatchKeepsNothing() throws IOException {
        byte[] content = StorageTestSupport.unique("校验");
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        assertThatThrownBy(() -> blobs.store(new ByteArrayInputStream(content), "x.txt", "text/plain", "0".repeat(64)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("storage.error.checksumMismatch"));

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
        assertThat(events.stream(BlobStored.class)).isEmpty();
    }

    @Test
    @WithMockUser(authorities = StoragePermissions.UPLOAD)
    void anUploadOverTheLimitKeepsNothing() throws IOException {
        long rows = rows();
        long files = StorageTestSupport.countFiles(dataDir);

        assertThatThrownBy(() -> blobs.store(
                        new ByteArrayInputStream(new byte[StorageTestSupport.MAX_UPLOAD_BYTES + 1]), "big.bin", null))
                .isInstanceOf(BlobTooLargeException.class);

        assertThat(rows()).isEqualTo(rows);
        assertThat(StorageTestSupport.countFiles(dataDir)).isEqualTo(files);
        assertThat(events.stream(BlobStored.class)).isEmpty();
    }

    @Test
    @WithMockUser(authorities = ContentPermissions.WRITE)
    void uploadingNeedsThePermission() {
        long rows = rows();

        assertThatThrownBy(() -> blobs.store(new ByteArrayInputStream(new byte[10]), "a.bin", null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    @WithMockUser(username = "first.uploader", authorities = StoragePermissions.UPLOAD)
    void anUnattachedUploadIsItsUploadersAlone() {
        BlobInfo stored = blobs.store(new ByteArrayInputStream(StorageTestSupport.unique("x")), "a.txt", null);
        var uploader = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "someone.else", null, uploader.getAuthorities()));
        try {
            assertThat(blobs.find(stored.id())).isEmpty();
            assertThatThrownBy(() -> blobs.open(stored.id())).isInstanceOf(NotFoundException.class);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(uploader);
        }
        assertThat(blobs.find(stored.id())).contains(stored);
    }

    @Test
    @WithMockUser(authorities = StoragePermissions.UPLOAD)
    void anUploadBeyondTheUsersQuotaKeepsNothing() {
        // a user of its own, whatever earlier runs left in the database
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "quota." + System.nanoTime(),
                        null,
                        SecurityContextHolder.getContext().getAuthentication().getAuthorities()));
        // the quota is 256 KB and each upload may be 64 KB: four fit, the fifth does not
        for (int i = 0; i < 4; i++) {
            blobs.store(new ByteArrayInputStream(text(60 * 1024)), "part" + i + ".txt", null);
        }
        long rows = rows();

        assertThatThrownBy(() -> blobs.store(new ByteArrayInputStream(text(60 * 1024)), "more.txt", null))
                .isInstanceOfSatisfying(
                        BlobQuotaExceededException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("storage.error.quota"));
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    @WithMockUser(authorities = {StoragePermissions.UPLOAD, StoragePermissions.UPLOAD_LARGE})
    void theMediaLibraryMayUploadLargerFiles() {
        BlobInfo large =
                blobs.store(new ByteArrayInputStream(mp4(StorageTestSupport.MAX_UPLOAD_BYTES + 1)), "video.mp4", null);

        assertThat(large.size()).isEqualTo(StorageTestSupport.MAX_UPLOAD_BYTES + 1);
    }

    @Test
    @WithMockUser(authorities = StoragePermissions.UPLOAD)
    void unknownBlobsAreNotFound() {
        assertThat(blobs.find(Long.MAX_VALUE)).isEmpty();
        assertThatThrownBy(() -> blobs.open(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodySignedInMayDoAnything() {
        long rows = rows();

        assertThatThrownBy(() -> blobs.store(InputStream.nullInputStream(), "a.bin", null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(blobs.find(1)).isEmpty();

        assertThat(rows()).isEqualTo(rows);
    }

    /** {@code size} bytes of text. */
    private static byte[] text(int size) {
        byte[] text = new byte[size];
        java.util.Arrays.fill(text, (byte) 'x');
        return text;
    }

    /** {@code size} bytes that begin as an MP4 video does (its {@code ftyp} box). */
    private static byte[] mp4(int size) {
        byte[] video = new byte[size];
        byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        System.arraycopy(box, 0, video, 0, box.length);
        return video;
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from blob", Long.class);
    }

    private long rowsWithSha(String sha256) {
        return jdbc.queryForObject("select count(*) from blob where sha256 = ?", Long.class, sha256);
    }
}
