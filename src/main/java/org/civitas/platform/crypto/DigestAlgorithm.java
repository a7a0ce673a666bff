package org.civitas.platform.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * A hash algorithm that a stored record names (audit records and blobs carry the code of the one
 * that made their hash), so that records made before a change of algorithm keep verifying after it.
 * Both give 32 bytes, 64 hex characters, so columns sized for one fit the other.
 */
public enum DigestAlgorithm {
    /** GB/T 32905, the commercial-cryptography (国密) hash. */
    SM3("SM3", SM3Digest::new),
    /** FIPS 180-4. */
    SHA_256("SHA-256", SHA256Digest::new);

    private final String code;
    private final Supplier<Digest> factory;

    DigestAlgorithm(String code, Supplier<Digest> factory) {
        this.code = code;
        this.factory = factory;
    }

    /** The name stored beside a hash, e.g. {@code SM3} or {@code SHA-256}. */
    public String code() {
        return code;
    }

    /** A fresh streaming digest; not thread-safe, one per computation. */
    public Digest newDigest() {
        return factory.get();
    }

    /** The lower-case hex hash of {@code bytes}. */
    public String hex(byte[] bytes) {
        Digest digest = newDigest();
        digest.update(bytes, 0, bytes.length);
        return finish(digest);
    }

    /** Completes {@code digest} and returns its value as lower-case hex. */
    public static String finish(Digest digest) {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /**
     * The algorithm stored as {@code code}; configuration may also name the constant ({@code SHA_256}).
     *
     * @throws IllegalArgumentException naming the known codes
     */
    public static DigestAlgorithm of(String code) {
        return Arrays.stream(values())
                .filter(a -> a.code.equalsIgnoreCase(code) || a.name().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown digest algorithm \"" + code + "\"; known: SM3, SHA-256"));
    }
}
