package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules stay modules: no module reaches into another's internals, no cycles, each module's
 * {@code @ApplicationModule(allowedDependencies = …)} lists exactly what it uses (so a new dependency is a
 * decision written in its package-info, not an accident), and the committed diagrams in docs/modules
 * show the modules as they are.
 */
class ModularityTest {

    /** {@code -Dcivitas.modules.write-docs=true} rewrites docs/modules instead of comparing it. */
    static final String WRITE_DOCS = "civitas.modules.write-docs";

    private static final Path GENERATED = Path.of("target/modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");
    private static final String REGENERATE = "./mvnw -B -o test -Dtest=ModularityTest -D" + WRITE_DOCS + "=true";

    private static final ApplicationModules MODULES = ApplicationModules.of(CivitasApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void eachModuleDeclaresExactlyTheDependenciesItUses() {
        assertThat(misdeclaredDependencies(MODULES))
                .as("allowedDependencies in each module's package-info.java must list exactly the modules"
                        + " (and named interfaces, as \"site :: trusted\") it uses")
                .isEmpty();
    }

    /** Both checks above do fail: a made-up module uses another that its package-info does not list. */
    @Test
    void aDependencyLeftOutOfAllowedDependenciesFailsTheBuild() {
        ApplicationModules fixture =
                ApplicationModules.of(org.civitas.modularityfixture.FixtureApplication.class, location -> true);
        assertThat(misdeclaredDependencies(fixture)).containsEntry("a", List.of("+ b"));
        assertThatThrownBy(fixture::verify).isInstanceOf(org.springframework.modulith.core.Violations.class);
    }

    /**
     * Per module whose declaration differs from its use: what it uses but does not declare ({@code +}) and
     * what it declares but does not use ({@code -}). A module without a declaration counts as declaring nothing.
     */
    static Map<String, List<String>> misdeclaredDependencies(ApplicationModules modules) {
        Map<String, List<String>> wrong = new TreeMap<>();
        for (ApplicationModule module : modules) {
            Set<String> used = used(module, modules);
            Set<String> declared = declared(module);
            List<String> diff = new ArrayList<>();
            used.stream().filter(d -> !declared.contains(d)).forEach(d -> diff.add("+ " + d));
            declared.stream().filter(d -> !used.contains(d)).forEach(d -> diff.add("- " + d));
            if (!diff.isEmpty()) {
                wrong.put(module.getName(), diff);
            }
        }
        return wrong;
    }

    /** "module" for a use of a module's base package, "module :: name" for a use of its named interface. */
    static Set<String> used(ApplicationModule module, ApplicationModules modules) {
        return module.getDirectDependencies(modules).stream()
                .map(ModularityTest::target)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String target(ApplicationModuleDependency dependency) {
        ApplicationModule target = dependency.getTargetModule();
        return target.getNamedInterfaces().stream()
                .filter(NamedInterface::isNamed)
                .filter(i -> i.contains(dependency.getTargetType()))
                .map(i -> target.getName() + " :: " + i.getName())
                .findFirst()
                .orElse(target.getName());
    }

    private static Set<String> declared(ApplicationModule module) {
        String packageInfo = module.getBasePackage().getName() + ".package-info";
        try {
            var annotation =
                    Class.forName(packageInfo).getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return annotation == null
                    ? Set.of()
                    : Arrays.stream(annotation.allowedDependencies())
                            .map(d -> d.replaceAll("\\s*::\\s*", " :: ").strip())
                            .collect(Collectors.toCollection(TreeSet::new));
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }

    /**
     * docs/modules holds the diagrams and canvases, committed so that a reader of the repository sees the
     * module structure without building. The test writes them to target/modulith-docs and fails when the
     * committed ones differ; with {@value #WRITE_DOCS} set it rewrites docs/modules instead. The documenter
     * emits some lines in no fixed order, so files are compared by their sorted lines.
     */
    @Test
    void committedModuleDocumentationIsCurrent() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        boolean write = Boolean.getBoolean(WRITE_DOCS);
        List<String> stale = new ArrayList<>();
        Files.createDirectories(COMMITTED);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.sorted().toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                if (!Files.exists(committed) || !sameLines(generated, committed)) {
                    stale.add(committed.toString());
                    if (write) {
                        Files.copy(generated, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(COMMITTED)) {
            for (Path committed : files.sorted().toList()) {
                if (!Files.exists(GENERATED.resolve(committed.getFileName()))) {
                    stale.add(committed + " (no such module any more)");
                    if (write) {
                        Files.delete(committed);
                    }
                }
            }
        }
        if (!write) {
            assertThat(stale)
                    .as("docs/modules is not what the modules are now; regenerate it with " + REGENERATE
                            + " and commit the result")
                    .isEmpty();
        }
    }

    /**
     * The same lines in any order: the Documenter lists a module's events and beans in the order reflection
     * gives them, which differs between runs, and starts the first entry of a table cell with {@code |}.
     */
    private static boolean sameLines(Path a, Path b) throws IOException {
        return normalised(a).equals(normalised(b));
    }

    private static List<String> normalised(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted()
                .toList();
    }
}
