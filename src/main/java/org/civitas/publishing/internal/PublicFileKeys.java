package org.civitas.publishing.internal;

/**
 * The random key that names a stored file in public addresses ({@code /files/<key>/<name>}): public pages never
 * show the countable blob id.
 */
@FunctionalInterface
interface PublicFileKeys {

    /** The blob's key; a key that names nothing when there is no such blob (its address then answers 404). */
    String key(long blobId);
}
