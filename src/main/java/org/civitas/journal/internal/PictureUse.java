package org.civitas.journal.internal;

import org.civitas.journal.EditionPictureAccess;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobAccess;
import org.springframework.stereotype.Component;

/**
 * Which pictures a compiler may put into an edition: those they may read themselves, where the picture comes
 * from. Every reader of the edition will see the item's pictures ({@link EditionPictureAccess}), so naming a blob in
 * a body must not become a way to read it: a stored upload is usable as the storage module says (its uploader until a
 * record carries it, then whoever may read such a record), another module's picture as that module says, an edition's picture when the compiler
 * may see it in that edition.
 */
@Component
class PictureUse {

    private final PictureReferences references;
    private final EditionPictureAccess editionPictureAccess;
    private final BlobAccess blobs;

    PictureUse(PictureReferences references, EditionPictureAccess editionPictureAccess, BlobAccess blobs) {
        this.references = references;
        this.editionPictureAccess = editionPictureAccess;
        this.blobs = blobs;
    }

    /**
     * @throws DomainException on the field {@code bodyHtml} naming the first picture that does not exist or that
     *     the current user may not use
     */
    void requireUsable(String bodyHtml) {
        for (PictureReferences.Reference picture : references.references(bodyHtml)) {
            if (!usable(picture)) {
                blobs.refused(BlobAccess.ATTACH);
                throw DomainException.onField(
                        "bodyHtml", "journal.item.picture.unknown", String.valueOf(picture.blobId()));
            }
        }
    }

    private boolean usable(PictureReferences.Reference picture) {
        if (picture.editionId() != null) {
            return editionPictureAccess
                    .find(picture.editionId(), picture.blobId())
                    .isPresent();
        }
        if (picture.module() != null) {
            return picture.module().usable(picture.blobId());
        }
        return blobs.readable(picture.blobId()).isPresent();
    }
}
