package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of an export are read from inside its folder only, however a line writes their names. */
class ExportFolderTest {

    @TempDir
    Path work;

    Path root;
    ExportFolder folder;

    @BeforeEach
    void export() throws Exception {
        root = Files.createDirectories(work.resolve("export"));
        Files.createDirectories(root.resolve("uploads/2019"));
        Files.writeString(root.resolve("uploads/2019/通知 附件.pdf"), "%PDF-1.4");
        Files.writeString(work.resolve("secret.txt"), "not for the import");
        folder = new ExportFolder(root, new CliMessages(Locale.ENGLISH));
        root = root.toRealPath();
    }

    @Test
    void namesInsideTheFolderAreFoundHoweverWritten() {
        Path file = root.resolve("uploads/2019/通知 附件.pdf");
        assertThat(folder.file("uploads/2019/通知 附件.pdf")).isEqualTo(file);
        assertThat(folder.file("/uploads/2019/通知 附件.pdf"))
                .as("a site-root path")
                .isEqualTo(file);
        assertThat(folder.file("file:uploads/2019/通知 附件.pdf")).isEqualTo(file);
        assertThat(folder.file("uploads/2019/%E9%80%9A%E7%9F%A5%20%E9%99%84%E4%BB%B6.pdf?v=2"))
                .isEqualTo(file);
        assertThat(folder.file("file://" + file)).isEqualTo(file);
        assertThat(folder.file("uploads/../uploads/2019/通知 附件.pdf")).isEqualTo(file);
    }

    @Test
    void namesLeadingOutOrToTheNetworkAreRefused() throws Exception {
        assertThatThrownBy(() -> folder.file("../secret.txt")).hasMessageContaining("outside the export folder");
        assertThatThrownBy(() -> folder.file(work.resolve("secret.txt").toString()))
                .hasMessageContaining("outside the export folder");
        assertThatThrownBy(() -> folder.file("file://" + work.resolve("secret.txt")))
                .hasMessageContaining("outside the export folder");
        Files.createSymbolicLink(root.resolve("link.txt"), work.resolve("secret.txt"));
        assertThatThrownBy(() -> folder.file("link.txt")).hasMessageContaining("outside the export folder");
        assertThatThrownBy(() -> folder.file("http://old.example.gov.cn/a.pdf"))
                .hasMessageContaining("network address");
        assertThatThrownBy(() -> folder.file("file://old.example.gov.cn/a.pdf"))
                .hasMessageContaining("network address");
        assertThatThrownBy(() -> folder.file("uploads/none.pdf")).hasMessageContaining("has no file");
        assertThatThrownBy(() -> folder.file("uploads")).hasMessageContaining("has no file");
        assertThat(ExportFolder.local("https://www.gov.cn/a.png")).isFalse();
        assertThat(ExportFolder.local("images/a.png")).isTrue();
    }
}
