package org.civitas.publishing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files below one site folder: to a temporary file beside the target, then an atomic rename. */
final class ExportWriter {

    private final Path root;

    ExportWriter(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file a canonical page path is stored in; never outside the site folder. */
    Path file(String path) {
        Path file =
                root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Export path leaves the site folder: " + path);
        }
        return file;
    }

    void write(String path, byte[] content) {
        try {
            Path target = file(path);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            try {
                Files.write(temp, content);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void copy(String path, InputStream content) {
        try (content) {
            Path target = file(path);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            try {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(file(path));
    }

    void delete(String path) {
        try {
            Files.deleteIfExists(file(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exported pages are public: readable by the web server's own user, as files written by hand would be. */
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> PUBLIC_FILE =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

    private static void move(Path temp, Path target) throws IOException {
        // a temporary file is created readable by its owner only; nginx runs as another user
        if (Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PUBLIC_FILE);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
