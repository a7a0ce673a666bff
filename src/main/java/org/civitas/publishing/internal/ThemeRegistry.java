package org.civitas.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.civitas.site.ThemeCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The themes a site can use: {@code default} from the class path, and uploaded packages under
 * {@code <data-dir>/themes/<name>/}. Themes are compiled once and kept; a site naming a theme that is
 * not installed gets the default one.
 */
@Component
public class ThemeRegistry implements ThemeCatalogue {

    public static final String DEFAULT = "default";

    private static final Logger log = LoggerFactory.getLogger(ThemeRegistry.class);

    private final Path directory;
    private final Map<String, Theme> loaded = new ConcurrentHashMap<>();
    private final Theme defaultTheme;

    ThemeRegistry(@Value("${civitas.data-dir}") Path dataDir) {
        this.directory = dataDir.resolve("themes").toAbsolutePath().normalize();
        this.defaultTheme = Theme.of(DEFAULT, ThemeFiles.fromClasspath(DEFAULT), Map.of());
    }

    public Theme defaultTheme() {
        return defaultTheme;
    }

    /** The theme of that name, or the default theme when it is not installed or no longer passes the checks. */
    /** Drops the loaded themes: another copy of the application may have replaced one (see PeerEviction). */
    void forgetAll() {
        loaded.clear();
    }

    public Theme theme(String name) {
        if (name == null
                || name.equals(DEFAULT)
                || !ThemeFiles.THEME_NAME.matcher(name).matches()) {
            return defaultTheme;
        }
        return loaded.computeIfAbsent(name, this::load);
    }

    private Theme load(String name) {
        Path dir = directory.resolve(name);
        if (!Files.isDirectory(dir)) {
            return defaultTheme;
        }
        try {
            return Theme.of(name, ThemeFiles.fromDirectory(dir), defaultTheme.messages(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            log.warn("Theme {} cannot be used, sites naming it get the default theme", name, e);
            return defaultTheme;
        }
    }

    /** Names of the installed themes, the default first. */
    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(DEFAULT);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> dirs = Files.list(directory)) {
                dirs.filter(Files::isDirectory)
                        .map(p -> p.getFileName().toString())
                        .filter(n -> ThemeFiles.THEME_NAME.matcher(n).matches() && !n.equals(DEFAULT))
                        .sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** A theme package that passed every check, with its files, ready to be put in place. */
    public record Checked(Theme theme, Map<String, byte[]> files) {}

    /**
     * Checks a theme package completely, then installs it under {@code name} (replacing an earlier
     * upload of that name). Not audited: {@link ThemeInstallation} is the audited write.
     *
     * @throws ThemeRefusal with the reason when the package may not be used
     */
    public Theme install(String name, byte[] zip, long maxBytes) {
        return put(check(name, zip, maxBytes));
    }

    /**
     * Checks a theme package completely without installing it.
     *
     * @throws ThemeRefusal with the reason when the package may not be used
     */
    public Checked check(String name, byte[] zip, long maxBytes) {
        if (name == null || !ThemeFiles.THEME_NAME.matcher(name).matches()) {
            throw org.civitas.platform.DomainException.onField("name", "publishing.theme.error.name");
        }
        if (name.equals(DEFAULT)) {
            throw org.civitas.platform.DomainException.onField("name", "publishing.theme.error.reserved", DEFAULT);
        }
        Map<String, byte[]> files = ThemeFiles.fromZip(zip, maxBytes);
        return new Checked(Theme.of(name, files, defaultTheme.messages(java.util.Locale.ROOT)), files);
    }

    /**
     * Installs a checked package (replacing an earlier upload of that name): written to a temporary
     * folder beside the target, then renamed into place.
     */
    public Theme put(Checked checked) {
        Theme theme = checked.theme();
        replaceFolder(directory, theme.name(), checked.files());
        loaded.put(theme.name(), theme);
        return theme;
    }

    /** Writes {@code files} to {@code <parent>/<name>/}, replacing what was there in one rename. */
    static void replaceFolder(Path parent, String name, Map<String, byte[]> files) {
        Path target = parent.resolve(name);
        Path temp = parent.resolve(".upload-" + name + "-" + System.nanoTime());
        Path old = parent.resolve(".old-" + name + "-" + System.nanoTime());
        try {
            Files.createDirectories(temp);
            for (var file : files.entrySet()) {
                Path path = temp.resolve(file.getKey()).normalize();
                if (!path.startsWith(temp)) { // checked in ThemeFiles already; never write outside the folder
                    throw new ThemeRefusal("publishing.theme.error.parentPath", file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            deleteTree(temp);
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove {}", dir, e);
        }
    }
}
