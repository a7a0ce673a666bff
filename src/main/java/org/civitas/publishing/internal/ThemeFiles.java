package org.civitas.publishing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the files of a theme from the class path, a folder or an uploaded zip package. A package is
 * refused, with the reason, for entries that climb out of the theme ({@code ../}), absolute paths,
 * links, file types a theme has no use for, or a size above the limit.
 */
final class ThemeFiles {

    static final Set<String> ALLOWED_TYPES = Set.of(
            "mustache",
            "properties",
            "css",
            "js",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "svg",
            "webp",
            "ico",
            "woff",
            "woff2",
            "txt");

    static final Pattern THEME_NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int MAX_ENTRIES = 500;

    private ThemeFiles() {}

    static Map<String, byte[]> fromClasspath(String name) {
        Map<String, byte[]> files = new TreeMap<>();
        String base = "themes/" + name + "/";
        try {
            var resolver = new PathMatchingResourcePatternResolver(ThemeFiles.class.getClassLoader());
            for (Resource resource : resolver.getResources("classpath*:" + base + "**/*.*")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(base);
                if (resource.isReadable() && at >= 0) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(url.substring(at + base.length()), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, byte[]> fromDirectory(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The files of a zip package; a single top folder wrapping everything (as zip tools like to
     * make) is removed.
     */
    static Map<String, byte[]> fromZip(byte[] zip, long maxBytes) {
        if (zip.length > maxBytes) {
            throw new ThemeRefusal("publishing.theme.error.tooLarge", maxBytes / 1024 / 1024 + " MB");
        }
        Set<String> links = links(zip);
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    checkPath(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
                    continue;
                }
                checkPath(path);
                if (links.contains(entry.getName().replace('\\', '/'))) {
                    throw new ThemeRefusal("publishing.theme.error.link", path);
                }
                String type = extension(path);
                if (!ALLOWED_TYPES.contains(type)) {
                    throw new ThemeRefusal("publishing.theme.error.fileType", path);
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new ThemeRefusal("publishing.theme.error.tooManyFiles", MAX_ENTRIES);
                }
                // counted while reading: the sizes a zip declares may lie
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes) {
                    throw new ThemeRefusal("publishing.theme.error.tooLarge", maxBytes / 1024 / 1024 + " MB");
                }
                files.put(path, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeRefusal("publishing.theme.error.notZip");
        }
        if (files.isEmpty()) {
            throw new ThemeRefusal("publishing.theme.error.notZip");
        }
        return unwrap(files);
    }

    private static void checkPath(String path) {
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new ThemeRefusal("publishing.theme.error.absolutePath", path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new ThemeRefusal("publishing.theme.error.parentPath", path);
            }
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new ThemeRefusal("publishing.theme.error.fileName", path);
            }
        }
    }

    /**
     * Names of entries the central directory marks as Unix symbolic links (file type bits in the high
     * half of the external attributes, as Info-ZIP writes them); {@link ZipInputStream} does not show them.
     */
    static Set<String> links(byte[] zip) {
        Set<String> links = new java.util.HashSet<>();
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                int nameLength = u16(zip, i + 28);
                long external = u16(zip, i + 38) | (long) u16(zip, i + 40) << 16;
                if (i + 46 + nameLength <= zip.length && ((external >>> 16) & 0xF000) == 0xA000) {
                    links.add(new String(zip, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8)
                            .replace('\\', '/'));
                }
            }
        }
        return links;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static Map<String, byte[]> unwrap(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        if (top.equals("templates/")
                || top.equals("assets/")
                || !files.keySet().stream().allMatch(p -> p.startsWith(top))) {
            return files;
        }
        Map<String, byte[]> unwrapped = new TreeMap<>();
        files.forEach((path, content) -> unwrapped.put(path.substring(top.length()), content));
        return unwrapped;
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String contentType(String path) {
        return switch (extension(path)) {
            case "css" -> "text/css;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            default -> "text/plain;charset=UTF-8";
        };
    }
}
