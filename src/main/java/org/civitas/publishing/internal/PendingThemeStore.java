package org.civitas.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Theme packages waiting for the security administrator, under {@code <data-dir>/themes-pending/<name>/},
 * outside the folder sites take their themes from: until approved, no site shows them, and sites
 * naming the theme keep the package installed before (or the default theme).
 *
 * <p>A package waits when one host serves both the console and the sites and it carries files that
 * a browser runs or that can run script ({@link #RISKY_TYPES}): served from the console's origin,
 * such a file could act in any staff member's browser.
 */
@Component
public class PendingThemeStore {

    /** File types that run in the browser (script) or may carry script (SVG). */
    static final Set<String> RISKY_TYPES = Set.of("js", "svg");

    /** A package waiting for approval, with the files that made it wait. */
    public record Pending(String name, String version, List<String> riskyFiles) {}

    private final Path directory;
    private final ThemeRegistry registry;

    PendingThemeStore(@Value("${civitas.data-dir}") Path dataDir, ThemeRegistry registry) {
        this.directory = dataDir.resolve("themes-pending").toAbsolutePath().normalize();
        this.registry = registry;
    }

    /** The files of a package that need approval on a single host; empty when none do. */
    public static List<String> riskyFiles(Map<String, byte[]> files) {
        return files.keySet().stream()
                .filter(path -> RISKY_TYPES.contains(ThemeFiles.extension(path)))
                .sorted()
                .toList();
    }

    /** Keeps a checked package until it is approved or rejected (replacing one waiting under that name). */
    void put(ThemeRegistry.Checked checked) {
        ThemeRegistry.replaceFolder(directory, checked.theme().name(), checked.files());
    }

    public List<Pending> all() {
        List<Pending> pending = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return pending;
        }
        try (Stream<Path> dirs = Files.list(directory)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (ThemeFiles.THEME_NAME.matcher(name).matches()) {
                    find(name)
                            .ifPresent(checked -> pending.add(
                                    new Pending(name, checked.theme().version(), riskyFiles(checked.files()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending;
    }

    /** The waiting package of that name, checked again as it is read (it is about to be trusted). */
    Optional<ThemeRegistry.Checked> find(String name) {
        if (name == null || !ThemeFiles.THEME_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path dir = directory.resolve(name);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Map<String, byte[]> files = ThemeFiles.fromDirectory(dir);
        Theme theme = Theme.of(name, files, registry.defaultTheme().messages(Locale.ROOT));
        return Optional.of(new ThemeRegistry.Checked(theme, files));
    }

    void remove(String name) {
        ThemeRegistry.deleteTree(directory.resolve(name));
    }
}
