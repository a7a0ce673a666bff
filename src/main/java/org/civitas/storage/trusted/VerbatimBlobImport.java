package org.civitas.storage.trusted;

import java.io.InputStream;
import org.civitas.storage.BlobInfo;

/**
 * Trusted port: no permission checks, no upload allow-list, no size limit or quota; stores files that an operator's
 * import carries over whole from another system (a Notes export's attachments), where refusing a file for its type
 * or size would lose data. The caller must make a record carry each blob (see {@link org.civitas.storage.BlobHolders}),
 * or it expires as an unattached upload.
 */
public interface VerbatimBlobImport {

    /**
     * Stores {@code content} (read to its end, not closed) under the current name (the operator); publishes one
     * {@link org.civitas.storage.BlobStored}.
     *
     * @param expectedSha256 hex SHA-256 the content must have, or null; on mismatch nothing is kept
     */
    BlobInfo storeVerbatim(InputStream content, String filename, String contentType, String expectedSha256);
}
