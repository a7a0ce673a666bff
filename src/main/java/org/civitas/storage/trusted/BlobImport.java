package org.civitas.storage.trusted;

import java.io.InputStream;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobTooLargeException;
import org.civitas.storage.BlobTypeRefusedException;

/**
 * Trusted port: no permission or quota checks; stores files an operator brings over from an old
 * system (the command line's imports). The file is still checked against the upload allow-list and its
 * name, and may be as large as the large-upload limit; identical content is stored once. Like an upload,
 * the blob is unattached until a record names it (and expires if none ever does).
 */
public interface BlobImport {

    /**
     * Stores {@code content} (read to its end, not closed) as uploaded by {@code createdBy}.
     *
     * @throws BlobTooLargeException beyond the large-upload limit
     * @throws BlobTypeRefusedException when the name's extension is not allowed or the content is not what it says
     * @throws java.io.UncheckedIOException when reading the content or writing the file fails
     */
    BlobInfo storeImported(InputStream content, String filename, String contentType, String createdBy);
}
