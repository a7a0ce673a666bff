package org.civitas.content;

/** A file attached to an article, stored in the storage module under {@code blobId}. */
public record AttachmentView(long blobId, String fileName, String contentType, long size) {}
