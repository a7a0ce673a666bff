package org.civitas.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A 2 GB file must go through with the heap capped at 256 MB": the whole application runs in a
 * separate JVM started with {@code -Xmx256m} (and dies on the first OutOfMemoryError), and
 * {@link LargeBlobHarness} streams 2 GiB of generated content up and down through it over HTTP,
 * plus a multipart form larger than that heap. The data lives only in a temporary folder that is
 * deleted afterwards.
 */
class LargeBlobStreamingIntegrationTest {

    static final long RAW_SIZE = 2L << 30;
    static final long MULTIPART_SIZE = 320L << 20;

    @TempDir
    Path temp;

    @Test
    void twoGigabytesGoThroughAnApplicationWithA256MegabyteHeap() throws Exception {
        Path output = temp.resolve("harness.log");
        Path work = Files.createDirectory(temp.resolve("work"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                // the child's data directory (created by the test database initializer) lands in here
                "-Djava.io.tmpdir=" + work,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                LargeBlobHarness.class.getName(),
                Long.toString(RAW_SIZE),
                Long.toString(MULTIPART_SIZE));

        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        String log = Files.readString(output);
        log.lines().filter(line -> line.startsWith("[harness]")).forEach(System.out::println);

        assertThat(finished)
                .as("harness finished in time; its output:%n%s", log)
                .isTrue();
        assertThat(child.exitValue())
                .as("harness exit code; its output:%n%s", log)
                .isZero();
        assertThat(log).contains("[harness] VERIFIED").doesNotContain("OutOfMemoryError");
    }
}
