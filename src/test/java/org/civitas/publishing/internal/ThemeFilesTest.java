package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFilesTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path dataDir;

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] validTheme(String prefix) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        ThemeFiles.fromClasspath("default").forEach((path, content) -> files.put(prefix + path, content));
        files.put(prefix + "assets/css/site.css", "body{color:#000}".getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    private static byte[] with(String name, String content) throws IOException {
        return zip(Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aValidPackageIsInstalledAndServed() throws IOException {
        var registry = new ThemeRegistry(dataDir);
        Theme theme = registry.install("blue", validTheme("blue/"), LIMIT);
        assertThat(theme.asset("css/site.css").orElseThrow().content())
                .asString()
                .isEqualTo("body{color:#000}");
        assertThat(Files.exists(dataDir.resolve("themes/blue/templates/home.mustache")))
                .isTrue();
        assertThat(registry.names()).containsExactly("default", "blue");
        assertThat(new ThemeRegistry(dataDir).theme("blue").name()).isEqualTo("blue");
        // a second upload replaces the first
        registry.install("blue", validTheme(""), LIMIT);
        assertThat(registry.names()).containsExactly("default", "blue");
    }

    @Test
    void entriesClimbingOutOfTheThemeAreRefused() throws IOException {
        assertThatThrownBy(() -> ThemeFiles.fromZip(with("../evil.css", "x"), LIMIT))
                .hasMessageContaining("publishing.theme.error.parentPath");
        assertThatThrownBy(() -> ThemeFiles.fromZip(with("assets/../../evil.css", "x"), LIMIT))
                .hasMessageContaining("publishing.theme.error.parentPath");
    }

    @Test
    void absolutePathsAreRefused() throws IOException {
        assertThatThrownBy(() -> ThemeFiles.fromZip(with("/etc/cron.d/evil.txt", "x"), LIMIT))
                .hasMessageContaining("publishing.theme.error.absolutePath");
        assertThatThrownBy(() -> ThemeFiles.fromZip(with("C:/evil.txt", "x"), LIMIT))
                .hasMessageContaining("publishing.theme.error.absolutePath");
    }

    @Test
    void disallowedFileTypesAreRefused() throws IOException {
        for (String name : new String[] {"templates/x.jsp", "lib/evil.class", "run.sh", "page.html", "a.jar"}) {
            assertThatThrownBy(() -> ThemeFiles.fromZip(with(name, "x"), LIMIT))
                    .as(name)
                    .hasMessageContaining("publishing.theme.error.fileType");
        }
    }

    @Test
    void symbolicLinksAreRefused() throws IOException {
        byte[] zip = with("assets/passwd.txt", "/etc/passwd");
        // mark the entry as a Unix symbolic link in the central directory, as "zip -y" does
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                zip[i + 5] = 3; // made by Unix
                zip[i + 40] = 0;
                zip[i + 41] = (byte) 0xA1; // S_IFLNK | 0777 in the high half
            }
        }
        assertThatThrownBy(() -> ThemeFiles.fromZip(zip, LIMIT)).hasMessageContaining("publishing.theme.error.link");
    }

    @Test
    void packagesAboveTheLimitAreRefused() throws IOException {
        byte[] big = new byte[200_000];
        java.util.Arrays.fill(big, (byte) 'a'); // compresses to almost nothing: the limit counts what is unpacked
        byte[] zip = zip(Map.of("assets/big.txt", big));
        assertThatThrownBy(() -> ThemeFiles.fromZip(zip, 100_000))
                .hasMessageContaining("publishing.theme.error.tooLarge");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> ThemeFiles.fromZip("not a zip".getBytes(StandardCharsets.UTF_8), LIMIT))
                .hasMessageContaining("publishing.theme.error.notZip");
    }

    @Test
    void packagesWithBadTemplatesAreRefusedAndNothingIsInstalled() throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>(ThemeFiles.fromClasspath("default"));
        files.put("templates/home.mustache", "{{site.getClass}}".getBytes(StandardCharsets.UTF_8));
        var registry = new ThemeRegistry(dataDir);
        assertThatThrownBy(() -> registry.install("evil", zip(files), LIMIT))
                .hasMessageContaining("publishing.theme.error.vocabulary");
        files.remove("templates/home.mustache");
        assertThatThrownBy(() -> registry.install("evil", zip(files), LIMIT))
                .hasMessageContaining("publishing.theme.error.missingTemplate");
        assertThat(registry.names()).containsExactly("default");
    }

    @Test
    void theDefaultNameAndBadNamesAreRefused() {
        var registry = new ThemeRegistry(dataDir);
        assertThatThrownBy(() -> registry.install("default", validTheme(""), LIMIT))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("publishing.theme.error.reserved");
        assertThatThrownBy(() -> registry.install("../x", validTheme(""), LIMIT))
                .hasMessageContaining("publishing.theme.error.name");
    }
}
