package org.civitas.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.civitas.content.AttachmentView;

/** A file attached to an article, with the blob's name, type and size copied when it was attached. */
@Embeddable
record Attachment(
        @Column(name = "blob_id", nullable = false) long blobId,

        @Column(name = "file_name", nullable = false, length = 255)
        String fileName,

        @Column(name = "content_type", nullable = false, length = 255)
        String contentType,

        @Column(name = "size_bytes", nullable = false) long size) {

    AttachmentView view() {
        return new AttachmentView(blobId, fileName, contentType, size);
    }
}
