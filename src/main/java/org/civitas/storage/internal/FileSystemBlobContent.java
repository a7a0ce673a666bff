package org.civitas.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.civitas.storage.StorageSettings;
import org.civitas.storage.trusted.BlobContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** {@link BlobContent} over the files of {@link BlobFileLayout}: the same directory {@link FileSystemBlobStore} uses. */
@Service
class FileSystemBlobContent implements BlobContent {

    private final BlobFileLayout files;

    @Autowired
    FileSystemBlobContent(StorageSettings settings, @Value("${civitas.data-dir}") Path dataDir) {
        this(new BlobFileLayout(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync()));
    }

    private FileSystemBlobContent(BlobFileLayout files) {
        this.files = files;
    }

    @Override
    public void eachReferenced(Connection snapshot, Consumer<Content> sink) throws SQLException {
        try (Statement statement = snapshot.createStatement()) {
            // a fetch size lets PostgreSQL stream the rows (in a transaction) instead of loading them all
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery(
                    "select sha256, max(size_bytes) from blob group by sha256 order by sha256")) {
                while (rows.next()) {
                    sink.accept(new Content(rows.getString(1), rows.getLong(2)));
                }
            }
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(files.pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(files.pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long write(InputStream content, String sha256) {
        return files.write(content, Long.MAX_VALUE, sha256).size();
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(files.pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean anyStored() {
        Path root = files.root();
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .anyMatch(p -> BlobFileLayout.SHA256
                            .matcher(p.getFileName().toString())
                            .matches());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BlobContent at(Path directory) {
        return new FileSystemBlobContent(new BlobFileLayout(directory, true));
    }
}
