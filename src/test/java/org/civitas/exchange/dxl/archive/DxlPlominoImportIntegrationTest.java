package org.civitas.exchange.dxl.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civitas.platform.DomainException;
import org.civitas.platform.RunningAs;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every real Notes export of Plomino's fixtures (in ../shared, never copied into the repository) imports and
 * verifies lossless, but the two broken ones, which are refused and leave nothing behind. Each file is verified
 * right after its import: some of the files reuse one another's UNIDs with other content. Skipped when the
 * fixtures are absent.
 */
@CivitasIntegrationTest
@DatabaseTest
class DxlPlominoImportIntegrationTest {

    static final Path PLOMINO =
            Path.of(System.getProperty("civitas.dxl.fixtures", "/work/shared/fixtures/dxl/plomino"));

    @Autowired
    DxlImport imports;

    @Autowired
    DxlVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyExportImportsAndVerifiesLosslessButTheBrokenOnes() throws IOException {
        assumeTrue(Files.isDirectory(PLOMINO), "Plomino's DXL fixtures are not at " + PLOMINO + "; skipped");
        List<Path> exports;
        try (Stream<Path> files = Files.list(PLOMINO)) {
            exports = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        int documents = 0;
        for (Path export : exports) {
            if (export.getFileName().toString().startsWith("dxlDatabaseBad")) {
                long before = rows();
                assertThatThrownBy(() -> importAll(export))
                        .as(export.toString())
                        .isInstanceOfSatisfying(
                                DomainException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("dxl.invalid"));
                assertThat(rows()).as("nothing left behind by " + export).isEqualTo(before);
                continue;
            }
            ImportReport report = importAll(export);
            documents += report.documents;
            DxlVerification.Result result =
                    RunningAs.operator("cli:dxl-test", () -> verification.verify(List.of(export)));
            assertThat(result.differences()).as(export.toString()).isEmpty();
            assertThat(result.lossless()).isTrue();
        }
        assertThat(documents).isGreaterThan(2000);
    }

    private ImportReport importAll(Path export) {
        return RunningAs.operator(
                "cli:dxl-test",
                () -> imports.run(List.of(export), FormMapping.standard(), DxlImport.Options.standard(), n -> {}));
    }

    private long rows() {
        return jdbc.sql("select count(*) from exchange_legacy_document")
                .query(Long.class)
                .single();
    }
}
