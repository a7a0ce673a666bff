package org.civitas.storage;

/**
 * Permission codes checked by the storage module. There is no permission to read every file: a file is read
 * through the record it belongs to ({@link BlobAccess}).
 */
public final class StoragePermissions {

    /** Store new blobs (upload files) up to {@link StorageSettings#maxUploadSize()}. */
    public static final String UPLOAD = "storage:upload";

    /** Store blobs up to {@link StorageSettings#largeUploadSize()} (the media library's videos and archives). */
    public static final String UPLOAD_LARGE = "storage:upload-large";

    private StoragePermissions() {}
}
