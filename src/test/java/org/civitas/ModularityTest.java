package org.civitas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay modules: no module reaches into another's internals, no cycles. */
class ModularityTest {

    private static final Path GENERATED = Path.of("target/modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CivitasApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes the diagrams and canvases, committed under docs/modules so that a reader of the
     * repository sees the module structure without building. The documenter emits some lines in
     * no fixed order, so a file is replaced only when its lines really changed: a test run leaves
     * the work tree clean unless the modules did change.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(COMMITTED);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                if (!Files.exists(committed) || !sameLines(generated, committed)) {
                    Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean sameLines(Path a, Path b) throws IOException {
        List<String> left = Files.readAllLines(a).stream().sorted().toList();
        List<String> right = Files.readAllLines(b).stream().sorted().toList();
        return left.equals(right);
    }
}
