package org.civitas.storage;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic pseudo-random content of any length, generated on the fly (never stored): the byte
 * at a position depends only on the seed and the position, so any range can be checked later.
 */
final class GeneratedContent extends InputStream {

    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long size;
    private final long seed;
    private long position;

    GeneratedContent(long size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        fill(seed, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** The bytes from {@code position} on, {@code length} of them, into {@code buffer} at {@code offset}. */
    static void fill(long seed, long position, byte[] buffer, int offset, int length) {
        int i = 0;
        while (i < length) {
            long at = position + i;
            long word = mix(seed + (at >>> 3));
            if ((at & 7) == 0 && length - i >= 8) {
                // a whole word at once: the same bytes as the loop below, eight times faster
                LITTLE_ENDIAN_LONGS.set(buffer, offset + i, word);
                i += 8;
                continue;
            }
            int shift = (int) (at & 7);
            int n = Math.min(8 - shift, length - i);
            for (int k = 0; k < n; k++) {
                buffer[offset + i + k] = (byte) (word >>> ((shift + k) * 8));
            }
            i += n;
        }
    }

    static byte[] bytes(long seed, long position, int length) {
        byte[] bytes = new byte[length];
        fill(seed, position, bytes, 0, length);
        return bytes;
    }

    static String sha256(long size, long seed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            var content = new GeneratedContent(size, seed);
            int n;
            while ((n = content.read(buffer, 0, buffer.length)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SplitMix64's finaliser: a fast, well-spread hash of one long. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
