package org.civitas.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** What the storage tests share: the upload limit their contexts run with, and looks at the blob folder. */
public final class StorageTestSupport {

    public static final int MAX_UPLOAD_BYTES = 64 * 1024;
    public static final String MAX_UPLOAD_PROPERTY = "civitas.storage.max-upload-size=64KB";
    public static final String QUOTA_PROPERTY = "civitas.storage.user-quota=256KB";

    private StorageTestSupport() {}

    /** Content no other test stores (tests share one context and so one blob folder). */
    public static byte[] unique(String text) {
        return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    public static long countFiles(Path dataDir) throws IOException {
        return files(dataDir).size();
    }

    public static List<Path> filesNamed(Path dataDir, String name) throws IOException {
        return files(dataDir).stream()
                .filter(f -> f.getFileName().toString().equals(name))
                .toList();
    }

    private static List<Path> files(Path dataDir) throws IOException {
        Path blobs = dataDir.resolve("blobs");
        if (!Files.exists(blobs)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(blobs)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
