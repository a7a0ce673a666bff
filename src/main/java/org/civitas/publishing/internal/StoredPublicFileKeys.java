package org.civitas.publishing.internal;

import org.civitas.storage.trusted.BlobReader;
import org.springframework.stereotype.Component;

/** {@link PublicFileKeys} as the storage module keeps them. */
@Component
class StoredPublicFileKeys implements PublicFileKeys {

    static final String MISSING = "missing";

    private final BlobReader blobs;

    StoredPublicFileKeys(BlobReader blobs) {
        this.blobs = blobs;
    }

    @Override
    public String key(long blobId) {
        return blobs.publicKey(blobId).orElse(MISSING);
    }
}
