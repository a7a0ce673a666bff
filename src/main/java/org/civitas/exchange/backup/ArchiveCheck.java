package org.civitas.exchange.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.civitas.exchange.backup.BackupManifest.TablePart;
import org.civitas.platform.DomainException;
import tools.jackson.core.JacksonException;

/**
 * Reads a whole archive once before anything is restored and checks every part against the manifest: each
 * table's SHA-256 and length, each blob's content against the hash that names it, and the blob set as a
 * whole. A tampered, truncated or foreign archive is refused here, naming the part, with nothing written.
 */
final class ArchiveCheck {

    private static final Pattern BLOB = Pattern.compile(Pattern.quote(ArchiveWriter.BLOBS) + "[0-9a-f]{64}");

    private final Consumer<BackupProgress> progress;

    ArchiveCheck(Consumer<BackupProgress> progress) {
        this.progress = progress;
    }

    BackupManifest check(Path archive) throws IOException {
        Map<String, PartDigest> tables = new HashMap<>();
        MessageDigest blobNames = PartDigest.newDigest();
        long blobCount = 0;
        long blobBytes = 0;
        BackupManifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals(ArchiveWriter.MANIFEST)) {
                    manifest = readManifest(zip);
                } else if (name.startsWith(ArchiveWriter.TABLES) && name.endsWith(".jsonl")) {
                    progress.accept(new BackupProgress("verify", name, tables.size(), 0));
                    tables.put(name, PartDigest.of(zip, null));
                } else if (BLOB.matcher(name).matches()) {
                    String sha256 = name.substring(ArchiveWriter.BLOBS.length());
                    PartDigest blob = PartDigest.of(zip, null);
                    if (!blob.hex().equals(sha256)) {
                        throw new DomainException("restore.partTampered", name);
                    }
                    blobNames.update((sha256 + " " + blob.bytes() + "\n").getBytes());
                    blobCount++;
                    blobBytes += blob.bytes();
                } else {
                    throw new DomainException("restore.partUnknown", name);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new DomainException("restore.notAnArchive", archive, e.getMessage());
        }
        if (manifest == null) {
            throw new DomainException("restore.noManifest", archive);
        }
        for (TablePart part : manifest.tables()) {
            PartDigest found = tables.remove(part.name());
            if (found == null) {
                throw new DomainException("restore.partMissing", part.name());
            }
            if (found.bytes() != part.bytes() || !found.hex().equals(part.sha256())) {
                throw new DomainException("restore.partTampered", part.name());
            }
        }
        if (!tables.isEmpty()) {
            throw new DomainException(
                    "restore.partUnknown", tables.keySet().iterator().next());
        }
        if (blobCount != manifest.blobs().count()
                || blobBytes != manifest.blobs().bytes()
                || !HexFormat.of()
                        .formatHex(blobNames.digest())
                        .equals(manifest.blobs().sha256())) {
            throw new DomainException("restore.partTampered", ArchiveWriter.BLOBS);
        }
        return manifest;
    }

    private static BackupManifest readManifest(InputStream in) {
        try {
            BackupManifest manifest = Json.MAPPER.readValue(in.readAllBytes(), BackupManifest.class);
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new DomainException("restore.formatUnknown", manifest.format());
            }
            return manifest;
        } catch (IOException | JacksonException e) {
            throw new DomainException("restore.partTampered", ArchiveWriter.MANIFEST);
        }
    }
}
