package org.civitas.search;

/**
 * How far a rebuild is.
 *
 * @param phase what it is reading now ({@code articles}, {@code submissions}, {@code adoptions}, {@code editions}, {@code done}, {@code failed})
 * @param done documents written so far
 * @param total documents it will write (known after counting)
 */
public record ReindexProgress(String phase, long done, long total, boolean running) {

    public int percent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
