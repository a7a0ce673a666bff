package org.civitas.reporting.internal.adoption;

/**
 * 64-bit SimHash of Chinese text over character shingles, for finding the same story told by two
 * units in different words. The text is reduced to letters and digits (punctuation, spaces and line
 * breaks carry no meaning here), then every run of 2 and of 3 consecutive characters is a feature;
 * each feature's 64-bit hash votes on every bit. Similar texts share most shingles, so most votes
 * and therefore most bits agree. No library offers this for Chinese shingles, so it is written here.
 *
 * <p>The fingerprint is split into four 16-bit bands stored in indexed columns: two fingerprints
 * within 3 bits of each other share at least one band (pigeonhole), so candidates are the rows with
 * any equal band, and only those are compared bit by bit.
 */
final class SimHash {

    static final int BANDS = 4;

    private SimHash() {}

    /** The fingerprint of {@code text} (0 for a text without letters or digits). */
    static long of(String text) {
        int[] codePoints = normalise(text);
        if (codePoints.length == 0) {
            return 0L;
        }
        int[] votes = new int[64];
        if (codePoints.length < 2) {
            vote(votes, hash(codePoints, 0, 1));
        }
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= codePoints.length; i++) {
                vote(votes, hash(codePoints, i, n));
            }
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Band {@code index} (0–3) of a fingerprint: 16 bits as an unsigned int. */
    static int band(long fingerprint, int index) {
        return (int) ((fingerprint >>> (16 * index)) & 0xFFFF);
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Similarity as a whole percentage: 100 for equal fingerprints, about 50 for unrelated texts. */
    static int similarity(int distance) {
        return Math.round((64 - distance) * 100f / 64);
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

    private static void vote(int[] votes, long hash) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += ((hash >>> bit) & 1L) != 0 ? 1 : -1;
        }
    }

    /** FNV-1a over the code points, then the SplitMix64 finaliser so that every input bit reaches every output bit. */
    private static long hash(int[] codePoints, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h ^= codePoints[i];
            h *= 0x100000001b3L;
        }
        h ^= length;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
