package org.civitas.exchange.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folder an old CMS was exported to. A line names its files relative to it (a path, a {@code file:}
 * address, or a site-root path such as {@code /uploads/a.jpg}); nothing outside it is ever read, however
 * the name is written ({@code ..}, an absolute path, a symbolic link), and nothing is fetched from the
 * network: an {@code http(s)} address is refused with a message saying to put the file into the folder.
 */
final class ExportFolder {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path root;
    private final CliMessages messages;

    ExportFolder(Path root, CliMessages messages) throws IOException {
        this.root = root.toRealPath();
        this.messages = messages;
    }

    Path root() {
        return root;
    }

    /** Whether a reference in a body names a file of the export (not a web address or an in-page anchor). */
    static boolean local(String reference) {
        String r = reference.strip();
        if (r.isEmpty() || r.startsWith("#") || r.startsWith("//") || r.startsWith("data:")) {
            return false;
        }
        return !SCHEME.matcher(r).find() || r.regionMatches(true, 0, "file:", 0, 5);
    }

    /** The regular file a reference names inside the folder, or a {@link LineProblem} saying why not. */
    Path file(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new LineProblem(messages.text("import.file.empty"));
        }
        String r = reference.strip();
        if (SCHEME.matcher(r).find() && !r.regionMatches(true, 0, "file:", 0, 5)) {
            throw new LineProblem(messages.text("import.file.remote", r));
        }
        String path = r.regionMatches(true, 0, "file:", 0, 5) ? r.substring(5) : r;
        if (path.startsWith("//")) {
            path = path.substring(2);
            // file://host/path: only the local host
            int slash = path.indexOf('/');
            String host = slash < 0 ? path : path.substring(0, slash);
            if (!host.isEmpty() && !host.toLowerCase(Locale.ROOT).equals("localhost")) {
                throw new LineProblem(messages.text("import.file.remote", r));
            }
            path = slash < 0 ? "" : path.substring(slash);
        }
        path = stripQuery(path);
        if (path.contains("%")) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not percent-encoded after all: taken as written
            }
        }
        Path resolved;
        try {
            Path given = Path.of(path);
            Path inside = root.resolve(path.replaceFirst("^[/\\\\]+", "")).normalize();
            // an absolute path in the folder is taken as it is; another one as a site-root path (/uploads/a.jpg)
            // when the folder has it, else it is refused as outside
            resolved = !given.isAbsolute() || given.normalize().startsWith(root)
                    ? given.isAbsolute() ? given.normalize() : inside
                    : Files.exists(inside) ? inside : given.normalize();
        } catch (InvalidPathException e) {
            throw new LineProblem(messages.text("import.file.notFound", r));
        }
        if (!resolved.startsWith(root)) {
            throw new LineProblem(messages.text("import.file.outside", r, root));
        }
        if (!Files.isRegularFile(resolved)) {
            throw new LineProblem(messages.text("import.file.notFound", r));
        }
        try {
            if (!resolved.toRealPath().startsWith(root)) {
                throw new LineProblem(messages.text("import.file.outside", r, root)); // a link leading out
            }
        } catch (IOException e) {
            throw new LineProblem(messages.text("import.file.notFound", r));
        }
        return resolved;
    }

    private static String stripQuery(String path) {
        int cut = path.length();
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        if (query >= 0) {
            cut = Math.min(cut, query);
        }
        if (fragment >= 0) {
            cut = Math.min(cut, fragment);
        }
        return path.substring(0, cut);
    }

    /** The file's SHA-256 in hex: part of its line's digest, so that a changed file makes a changed line. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new LineProblem(e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
