package org.civitas.journal;

import java.io.InputStream;
import java.util.Optional;
import org.civitas.storage.BlobInfo;

/**
 * The pictures in an edition's items, served at {@link #path} to everyone who may read the edition (the same
 * rule as {@link EditionService#get}), whatever module the pictures came from. A picture is found only while
 * one of the edition's items shows it; to anyone else, and for any other blob, it does not exist. Reads of
 * pictures are not audited one by one: opening the edition is.
 */
public interface EditionPictureAccess {

    /** Where the edition's console page loads a picture of its items from. */
    static String path(long editionId, long blobId) {
        return "/admin/editions/" + editionId + "/pictures/" + blobId;
    }

    /** The blob {@code blobId} when the current user may read the edition and one of its items shows it. */
    Optional<BlobInfo> find(long editionId, long blobId);

    /** The whole content of a picture {@link #find} answered; the caller closes it. */
    InputStream open(BlobInfo picture);

    /**
     * The edition with its items' stored pictures pointing at {@link #path} (for showing it in a browser); other
     * addresses are left as they are. Bodies stay sanitized: only {@code src} values change.
     */
    EditionView served(EditionView edition);
}
