package org.civitas.storage.internal;

import java.util.Locale;
import org.civitas.platform.DomainException;
import org.springframework.http.MediaType;

/** Cleans what uploaders declare (names, media types, checksums) before it is stored or trusted. */
final class UploadMetadata {

    static final String DEFAULT_FILENAME = "unnamed";
    private static final int MAX_FILENAME_LENGTH = 255;

    private UploadMetadata() {}

    /**
     * The last path segment of {@code filename} (browsers and old clients may send full paths),
     * without control characters, at most 255 characters (keeping the extension), never blank.
     */
    static String filename(String filename) {
        if (filename == null) {
            return DEFAULT_FILENAME;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return DEFAULT_FILENAME;
        }
        if (name.length() > MAX_FILENAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            int keep = MAX_FILENAME_LENGTH - extension.length();
            if (Character.isHighSurrogate(name.charAt(keep - 1))) {
                keep--;
            }
            name = name.substring(0, keep) + extension;
        }
        return name;
    }

    /** A valid, concrete media type, or {@code application/octet-stream}. */
    static String contentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String value = type.toString();
            return type.isConcrete() && value.length() <= 255 ? value : MediaType.APPLICATION_OCTET_STREAM_VALUE;
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }

    /** The checksum in lower-case hex, or {@code null} when none was given; refuses anything else. */
    static String sha256(String expected) {
        if (expected == null || expected.isBlank()) {
            return null;
        }
        String hex = expected.strip().toLowerCase(Locale.ROOT);
        if (!BlobFileLayout.SHA256.matcher(hex).matches()) {
            throw new DomainException("storage.error.checksumInvalid");
        }
        return hex;
    }

    static String createdBy(String username) {
        return username.length() <= 100 ? username : username.substring(0, 100);
    }
}
