package org.civitas.storage;

/** Permission codes checked by the storage module. */
public final class StoragePermissions {

    /** Store new blobs (upload files). */
    public static final String UPLOAD = "storage:upload";

    /** Read any blob's metadata and content by its id. */
    public static final String READ = "storage:read";

    private StoragePermissions() {}
}
