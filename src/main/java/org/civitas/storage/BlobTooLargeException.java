package org.civitas.storage;

import org.civitas.platform.DomainException;

/** An upload exceeded the configured maximum size; nothing of it was kept. The API answers 413. */
public class BlobTooLargeException extends DomainException {

    private final long maxBytes;

    public BlobTooLargeException(long maxBytes) {
        super("storage.error.tooLarge", humanReadable(maxBytes));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    static String humanReadable(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value)
                ? (long) value + " " + units[unit]
                : String.format("%.1f %s", value, units[unit]);
    }
}
