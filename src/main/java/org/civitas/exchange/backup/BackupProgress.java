package org.civitas.exchange.backup;

/**
 * How far a backup or restore is, for a progress line: the phase ({@code tables}, {@code blobs}, {@code verify},
 * {@code load}, {@code index}), the part at hand, and the parts done out of those known (total 0 when unknown).
 */
public record BackupProgress(String phase, String part, long done, long total) {}
