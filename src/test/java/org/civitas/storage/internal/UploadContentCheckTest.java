package org.civitas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civitas.storage.BlobTypeRefusedException;
import org.civitas.storage.ForgedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadContentCheckTest {

    private static final UploadContentCheck CHECK = new UploadContentCheck();
    private static final List<String> ALLOWED = JdbcUploadTypes.DEFAULTS;

    @TempDir
    Path dir;

    @Test
    void realFilesPassAndAreRecordedAsTheTypeTheirNameSays() throws IOException {
        assertThat(check(ForgedFiles.png(20, 10), "现场.png", "application/octet-stream"))
                .isEqualTo("image/png");
        assertThat(check(ForgedFiles.jpeg(20, 10), "photo.JPG", "image/jpeg")).isEqualTo("image/jpeg");
        assertThat(check(ForgedFiles.pdf(), "通知.pdf", "application/pdf")).isEqualTo("application/pdf");
        assertThat(check(ForgedFiles.docx("意见"), "意见.docx", null))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check(ForgedFiles.zip("a.txt", "附件"), "材料.zip", "application/zip"))
                .isEqualTo("application/zip");
        assertThat(check("会议纪要".getBytes(StandardCharsets.UTF_8), "纪要.txt", "text/plain; charset=UTF-8"))
                .isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void randomBytesNamedAsAPictureAreRefused() {
        assertRefused(ForgedFiles.random(4096, 1), "photo.png", "storage.error.contentMismatch");
    }

    @Test
    void aPictureThatIsOnlyItsSignatureIsRefused() {
        assertRefused(ForgedFiles.pngSignatureOnly(), "photo.png", "storage.error.contentMismatch");
    }

    @Test
    void aProgramNamedAsAPictureOrADocumentIsRefused() {
        assertRefused(ForgedFiles.windowsProgram(), "photo.jpg", "storage.error.contentMismatch");
        assertRefused(ForgedFiles.windowsProgram(), "readme.txt", "storage.error.contentMismatch");
    }

    @Test
    void aWordDocumentThatIsNoZipOrAZipThatIsNoWordDocumentIsRefused() {
        assertRefused("<html>通知</html>".getBytes(StandardCharsets.UTF_8), "通知.docx", "storage.error.contentMismatch");
        assertRefused(ForgedFiles.zip("a.txt", "x"), "通知.docx", "storage.error.contentMismatch");
        assertRefused(ForgedFiles.pdf(), "通知.docx", "storage.error.contentMismatch");
    }

    @Test
    void aTypeOffTheListIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> check(ForgedFiles.windowsProgram(), "setup.exe", null))
                .isInstanceOfSatisfying(BlobTypeRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("storage.error.typeNotAllowed");
                    assertThat(e.arguments()[0]).isEqualTo("exe");
                    assertThat((String) e.arguments()[1]).contains("pdf", "docx", "png");
                    assertThat(e.allowed()).contains("pdf").doesNotContain("exe");
                });
        assertRefused("x".getBytes(StandardCharsets.UTF_8), "README", "storage.error.typeMissing");
    }

    @Test
    void anExtensionTheAdministratorAddedThatNoDetectorKnowsTakesAnythingButAProgram() throws IOException {
        List<String> allowed = List.of("pdf", "gpx", "xyzq");
        Path file = write(ForgedFiles.random(100, 3));
        assertThat(CHECK.check(file, "track.xyzq", "application/octet-stream", allowed))
                .isEqualTo("application/octet-stream");
        Path program = write(ForgedFiles.windowsProgram());
        assertThatThrownBy(() -> CHECK.check(program, "track.xyzq", null, allowed))
                .isInstanceOf(BlobTypeRefusedException.class);
    }

    private String check(byte[] content, String filename, String declared) throws IOException {
        return CHECK.check(write(content), filename, declared == null ? "application/octet-stream" : declared, ALLOWED);
    }

    private void assertRefused(byte[] content, String filename, String key) {
        assertThatThrownBy(() -> check(content, filename, null))
                .isInstanceOfSatisfying(
                        BlobTypeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload-", ".part"), content);
    }
}
