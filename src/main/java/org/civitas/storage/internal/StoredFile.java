package org.civitas.storage.internal;

/**
 * Content that is now on disk under its hash.
 *
 * @param created false when identical content was already stored and the new copy was discarded
 */
record StoredFile(String sha256, long size, boolean created) {}
