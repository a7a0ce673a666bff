package org.civitas.exchange.dxl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes Base64 as it arrives in pieces of character data (an attachment of a gigabyte arrives in thousands of
 * them), into a temporary file or nowhere, counting and hashing the bytes: memory stays constant.
 */
final class Base64Sink implements AutoCloseable {

    private static final int GROUP = 4 * 4096;

    private final StringBuilder pending = new StringBuilder(GROUP + 4);
    private final MessageDigest sha256;
    private final Path file;
    private final OutputStream out;
    private long size;

    /** @param directory where the decoded bytes go, or null to only count and hash them */
    Base64Sink(Path directory) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
            this.file = directory == null ? null : Files.createTempFile(directory, "dxl-", ".bin");
            this.out = file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidBase64 when the characters are not Base64 */
    void accept(char[] text, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = text[i];
            if (!Character.isWhitespace(c)) {
                pending.append(c);
            }
        }
        if (pending.length() >= GROUP) {
            int whole = pending.length() - pending.length() % 4;
            decode(pending.substring(0, whole));
            pending.delete(0, whole);
        }
    }

    /** Decodes what is left; the file (if any) is complete afterwards. */
    void finish() {
        if (!pending.isEmpty()) {
            decode(pending.toString());
            pending.setLength(0);
        }
        close();
    }

    private void decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidBase64(e.getMessage());
        }
        sha256.update(bytes);
        size += bytes.length;
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size() {
        return size;
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    Path file() {
        return file;
    }

    /** Base64 data that does not decode; the reader reports it with where it is. */
    static final class InvalidBase64 extends RuntimeException {
        InvalidBase64(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
