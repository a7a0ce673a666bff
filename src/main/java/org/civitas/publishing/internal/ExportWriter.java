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

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
