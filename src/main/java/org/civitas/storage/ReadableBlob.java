package org.civitas.storage;

/**
 * A blob the current user may read, and why.
 *
 * @param record the record through which it is readable ({@link #UPLOAD} for one's own unattached upload)
 * @param publishable whether the current user may put it on a public page: their own unattached upload, or a
 *     file of a publishable record they may read
 */
public record ReadableBlob(BlobInfo blob, String record, boolean publishable) {

    /** The record named for one's own upload that no record carries yet. */
    public static final String UPLOAD = "upload";
}
