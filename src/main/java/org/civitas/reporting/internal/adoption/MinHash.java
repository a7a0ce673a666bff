package org.civitas.reporting.internal.adoption;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * MinHash signatures of Chinese text over character shingles, for finding the same story told by
 * two units in different words. The text is reduced to letters and digits (punctuation, spaces and
 * line breaks carry no meaning here); every run of 2 and of 3 consecutive characters is a shingle.
 * For each of {@link #SIZE} seeded hash functions the signature keeps the smallest hash over all
 * shingles: two texts agree on one value with a probability equal to the Jaccard similarity of
 * their shingle sets, so the share of equal values estimates how much of the text they share.
 *
 * <p>Why MinHash rather than a 64-bit SimHash: a reworded report of the same incident (clauses
 * reordered, words added) keeps about 70 % of its shingles, which moves a SimHash by 12–16 of 64
 * bits — too far for any indexed band to stay equal. MinHash bands (locality-sensitive hashing)
 * keep such pairs: each of the {@link #BANDS} bands combines {@link #ROWS} signature values into one
 * indexed integer; a pair with Jaccard similarity J shares a band with probability
 * {@code 1 - (1 - J^2)^8} (0.996 at J = 0.7, 0.08 at J = 0.1), and unrelated texts almost never do.
 */
public final class MinHash {

    /** Signature length: values compared to estimate the similarity. */
    static final int SIZE = 32;

    /** Indexed bands, each combining {@link #ROWS} of the first signature values. */
    public static final int BANDS = 8;

    static final int ROWS = 2;

    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of {@code text}; all values are {@code 0xFFFFFFFF} for a text without letters or digits. */
    public static int[] signature(String text) {
        int[] mins = new int[SIZE];
        Arrays.fill(mins, -1);
        int[] codePoints = normalise(text);
        if (codePoints.length == 1) {
            update(mins, shingle(codePoints, 0, 1));
        }
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= codePoints.length; i++) {
                update(mins, shingle(codePoints, i, n));
            }
        }
        return mins;
    }

    /** Band {@code index} (0 to {@link #BANDS} − 1) of a signature, as one integer for an indexed column. */
    public static int band(int[] signature, int index) {
        long h = 0x9E3779B97F4A7C15L * (index + 1);
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ (signature[index * ROWS + r] & 0xFFFFFFFFL));
        }
        return (int) h;
    }

    /** Estimated Jaccard similarity as a whole percentage (0–100). */
    static int similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return Math.round(equal * 100f / SIZE);
    }

    /** The signature as it is stored: {@link #SIZE} values of 8 hex digits. */
    public static String encode(int[] signature) {
        StringBuilder out = new StringBuilder(SIZE * 8);
        HexFormat hex = HexFormat.of();
        for (int value : signature) {
            out.append(hex.toHexDigits(value));
        }
        return out.toString();
    }

    public static int[] decode(String stored) {
        int[] signature = new int[SIZE];
        if (stored == null || stored.length() != SIZE * 8) {
            Arrays.fill(signature, -1);
            return signature;
        }
        for (int i = 0; i < SIZE; i++) {
            signature[i] = (int) Long.parseLong(stored, i * 8, i * 8 + 8, 16);
        }
        return signature;
    }

    private static void update(int[] mins, long shingle) {
        for (int i = 0; i < SIZE; i++) {
            int h = (int) mix(shingle ^ SEEDS[i]);
            if (Integer.compareUnsigned(h, mins[i]) < 0) {
                mins[i] = h;
            }
        }
    }

    private static int[] normalise(String text) {
        if (text == null) {
            return new int[0];
        }
        return text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
    }

    /** FNV-1a over the shingle's code points, then the length, so that 2- and 3-shingles never coincide. */
    private static long shingle(int[] codePoints, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h ^= codePoints[i];
            h *= 0x100000001b3L;
        }
        return mix(h ^ length);
    }

    /** The SplitMix64 finaliser: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Fixed seeds: stored signatures must stay comparable across releases. */
    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x43495649544153L; // "CIVITAS"
        for (int i = 0; i < SIZE; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
