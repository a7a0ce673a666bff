package org.civitas.exchange.dxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader on real Notes exports (Plomino's DXL fixtures in ../shared, never copied into the repository): every
 * file reads but the two broken ones, which are refused with where the problem is. Skipped when they are absent.
 */
class DxlReaderPlominoTest {

    static final Path PLOMINO =
            Path.of(System.getProperty("civitas.dxl.fixtures", "/work/shared/fixtures/dxl/plomino"));

    static List<Path> exports() throws IOException {
        assumeTrue(Files.isDirectory(PLOMINO), "Plomino's DXL fixtures are not at " + PLOMINO + "; skipped");
        try (Stream<Path> files = Files.list(PLOMINO)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static boolean broken(Path file) {
        return file.getFileName().toString().startsWith("dxlDatabaseBad");
    }

    @Test
    void readsEveryExportButTheBrokenOnes() throws IOException {
        int documents = 0;
        for (Path file : exports()) {
            AtomicInteger count = new AtomicInteger();
            if (broken(file)) {
                assertThatThrownBy(() -> read(file, count))
                        .as(file.toString())
                        .isInstanceOfSatisfying(
                                DxlProblem.class, p -> assertThat(p.line()).isPositive());
            } else {
                read(file, count);
                documents += count.get();
            }
        }
        assertThat(documents).isGreaterThan(2000);
    }

    private static void read(Path file, AtomicInteger count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new DxlReader(null).read(in, d -> count.incrementAndGet());
        }
    }
}
