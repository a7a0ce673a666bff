package org.civitas.reporting.web.submission;

import java.util.List;
import java.util.Locale;
import org.civitas.storage.BlobInfo;

/** A submission's file as the console lists it: name, readable size, and where to download it. */
record FileItem(long id, String filename, String size) {

    static FileItem of(BlobInfo blob) {
        return new FileItem(blob.id(), blob.filename(), size(blob.size()));
    }

    static List<FileItem> of(List<BlobInfo> blobs) {
        return blobs.stream().map(FileItem::of).toList();
    }

    /** 512 B, 12.3 KB, 4.0 MB: the same as the form's script writes for new uploads. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
