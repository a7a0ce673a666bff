package org.civitas.exchange.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and length of a part's uncompressed bytes, taken while they are written or read. */
final class PartDigest {

    private final MessageDigest digest = newDigest();
    private long bytes;

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    void update(byte[] buffer, int offset, int length) {
        digest.update(buffer, offset, length);
        bytes += length;
    }

    long bytes() {
        return bytes;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads {@code in} to its end (not closing it), copying to {@code out} when that is not null. */
    static PartDigest of(InputStream in, OutputStream out) throws IOException {
        PartDigest part = new PartDigest();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            part.update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return part;
    }

    /** A stream that digests what passes through it to {@code target} and leaves {@code target} open on close. */
    OutputStream into(OutputStream target) {
        return new FilterOutputStream(target) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                update(buffer, offset, length);
                out.write(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
