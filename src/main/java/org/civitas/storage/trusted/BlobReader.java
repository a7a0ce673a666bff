package org.civitas.storage.trusted;

import java.io.InputStream;
import java.util.Optional;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;

/**
 * Trusted port: no permission checks; reads blobs for modules that decide themselves who may see a blob
 * (for example the public sites, which serve an attachment only while the article carrying it is
 * published). Unlike {@link BlobStore} it does not ask for {@link StoragePermissions#READ}: a caller must
 * check access before handing any content out.
 */
public interface BlobReader {

    Optional<BlobInfo> find(long id);

    /**
     * The random key that names the blob in public addresses ({@code /files/<key>/<name>}), so that public
     * pages never show the sequential id; empty when there is no such blob.
     */
    Optional<String> publicKey(long id);

    /** The blob a public address names by its {@link #publicKey}. */
    Optional<BlobInfo> findByPublicKey(String key);

    /**
     * The blob's content from byte {@code offset}, {@code length} bytes long; the caller closes it.
     *
     * @throws org.civitas.platform.NotFoundException when there is no such blob
     * @throws IllegalArgumentException when the range lies outside the content
     */
    InputStream open(long id, long offset, long length);
}
