package org.civitas.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Counts the application contexts a test pass starts: one per distinct {@link MergedContextConfiguration} (what
 * Spring's test context cache keys on) among the test classes, without starting any. Load-independent, so it is
 * the first number to look at when the suite gets slower (docs/testing.md). Run it after {@code test-compile}:
 *
 * <pre>{@code
 * ./mvnw -B -o test -Dtest=ContextConfigurations -Dcivitas.test.excludedGroups=browser \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * (tagged {@code benchmark}, so the ordinary passes leave it out).
 */
@Tag("benchmark")
class ContextConfigurations {

    @Test
    void report() throws IOException {
        main(new String[] {"target/test-classes"});
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/test-classes");
        Map<String, Map<MergedContextConfiguration, List<String>>> byPass = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.class"))
                    .sorted()
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ContextConfigurations.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isAnnotation()
                        || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                        || TestContextAnnotationUtils.findMergedAnnotation(
                                        type, org.springframework.test.context.BootstrapWith.class)
                                == null) {
                    continue;
                }
                var tags = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).stream(
                                org.junit.jupiter.api.Tag.class)
                        .map(tag -> tag.getString("value"))
                        .toList();
                MergedContextConfiguration config =
                        BootstrapUtils.resolveTestContextBootstrapper(type).buildMergedContextConfiguration();
                if (tags.contains("browser")) {
                    add(byPass, "browser (failsafe)", config, type);
                } else if (!tags.contains("benchmark")) {
                    add(byPass, "H2 (surefire)", config, type);
                    if (tags.contains("database")) {
                        add(byPass, "PostgreSQL (surefire, postgres)", config, type);
                    }
                }
            }
        }
        byPass.forEach((pass, contexts) -> {
            System.out.printf(
                    "%s: %d contexts, %d classes%n",
                    pass,
                    contexts.size(),
                    contexts.values().stream().mapToInt(List::size).sum());
            contexts.values().forEach(classes -> System.out.println("  " + classes.size() + " " + classes));
        });
    }

    private static void add(
            Map<String, Map<MergedContextConfiguration, List<String>>> byPass,
            String pass,
            MergedContextConfiguration config,
            Class<?> type) {
        byPass.computeIfAbsent(pass, p -> new LinkedHashMap<>())
                .computeIfAbsent(config, c -> new ArrayList<>())
                .add(type.getSimpleName());
    }
}
