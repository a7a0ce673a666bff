package org.civitas.storage;

import java.util.List;

/**
 * Implemented by each module whose records carry blobs (submissions, articles, editions, site logos): the
 * storage module decides nothing about other modules' records, it asks their owners. A blob that no owner
 * carries is readable by its uploader alone and expires; one that an owner carries is readable by whoever
 * an owner says may read a record carrying it, and by nobody else.
 */
public interface BlobHolders {

    /**
     * Whether any record of this module carries the blob, whoever asks (also without a signed-in user, for
     * the expiry of unattached uploads).
     */
    boolean carries(long blobId);

    /** The records of this module that carry the blob, each judged for the current user; empty when none. */
    List<BlobHolder> holders(long blobId);
}
