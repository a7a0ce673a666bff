package org.civitas.reporting;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.civitas.storage.BlobInfo;

/**
 * The files of submissions: Word documents turned into a body, and who may read a submission's
 * pictures and attachments. A file is readable as the storage module's {@link org.civitas.storage.BlobAccess}
 * says: by the user who uploaded it until a record carries it (so that a writer sees what they are about to
 * save), then by everyone who may read a submission (or another record) that carries it, as an attachment or as
 * a picture of its body; to anyone else it does not exist.
 */
public interface SubmissionFileAccess {

    /** Where a submission's file is served; pictures in a body point here. */
    String PATH = "/admin/reporting/files/";

    /**
     * Reads a Word (.docx) document into a sanitized body and stores its pictures as blobs (referenced
     * at {@link #PATH}). Nothing is stored when the document is refused.
     *
     * @throws org.civitas.platform.DomainException on the field {@code word}: empty, too large, not a
     *     .docx (also an old .doc), corrupted, or without any text or picture
     */
    WordImport importWord(InputStream content);

    /** The blob {@code blobId} when the caller may read it as a submission's file, else empty. */
    Optional<BlobInfo> readable(long blobId);

    /** The content of a blob {@link #readable} said the caller may read; the caller closes it. */
    InputStream open(BlobInfo blob);

    /** The readable ones of {@code blobIds}, in their order (for listing attachments with name and size). */
    List<BlobInfo> describe(List<Long> blobIds);

    /**
     * A Word document read into a submission.
     *
     * @param title the document's title or first heading, or null
     * @param body sanitized rich text
     * @param pictures blob ids of the stored pictures
     * @param skippedPictures pictures in formats a browser cannot show (EMF, WMF), left out
     * @param changed whether the sanitizer removed something
     */
    record WordImport(String title, String body, List<Long> pictures, int skippedPictures, boolean changed) {}
}
