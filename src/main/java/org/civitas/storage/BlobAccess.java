package org.civitas.storage;

import java.util.Optional;

/**
 * Who may read a stored file: its uploader until a record carries it, then whoever may read a record that
 * carries it, as the record's owner ({@link BlobHolders}) says. No permission reads every file. Modules
 * that attach a blob to a record ask {@link #readable} first, and only a {@link ReadableBlob#publishable()}
 * blob may become part of a public page.
 */
public interface BlobAccess {

    /** The blob with the record through which the current user may read it; empty when they may not or it does not exist. */
    Optional<ReadableBlob> readable(long blobId);

    /** Whether a record of any module carries the blob. */
    boolean attached(long blobId);

    /** The permission a refused download is recorded under. */
    String READ = "blob:read";

    /** The permission a refused attachment (to an article, an edition...) is recorded under. */
    String ATTACH = "blob:attach";

    /**
     * Records that the current user was refused a file ({@link #READ}, answered 404 so as not to reveal it) or
     * the use of one ({@link #ATTACH}): published as a Spring Security denial of the current request, which the
     * audit trail records in a transaction of its own (the refused change itself rolls back).
     */
    void refused(String permission);

    /** Records that a person downloaded the blob as a file of {@code record}: one audited {@link BlobDownloaded}. */
    void downloaded(BlobInfo blob, String record);
}
