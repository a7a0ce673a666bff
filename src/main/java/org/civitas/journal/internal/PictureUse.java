package org.civitas.journal.internal;

import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.journal.EditionPictures;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobReader;
import org.civitas.storage.StoragePermissions;
import org.springframework.stereotype.Component;

/**
 * Which pictures a compiler may put into an edition: those they may read themselves, where the picture comes
 * from. Every reader of the edition will see the item's pictures ({@link EditionPictures}), so naming a blob in
 * a body must not become a way to read it: a stored upload is usable by its uploader and by holders of
 * {@code storage:read}, another module's picture as that module says, an edition's picture when the compiler
 * may see it in that edition.
 */
@Component
class PictureUse {

    private final PictureReferences references;
    private final EditionPictures editionPictures;
    private final BlobReader blobs;
    private final AccessControl access;

    PictureUse(PictureReferences references, EditionPictures editionPictures, BlobReader blobs, AccessControl access) {
        this.references = references;
        this.editionPictures = editionPictures;
        this.blobs = blobs;
        this.access = access;
    }

    /**
     * @throws DomainException on the field {@code bodyHtml} naming the first picture that does not exist or that
     *     the current user may not use
     */
    void requireUsable(String bodyHtml) {
        for (PictureReferences.Reference picture : references.references(bodyHtml)) {
            if (!usable(picture)) {
                throw DomainException.onField(
                        "bodyHtml", "journal.item.picture.unknown", String.valueOf(picture.blobId()));
            }
        }
    }

    private boolean usable(PictureReferences.Reference picture) {
        if (picture.editionId() != null) {
            return editionPictures.find(picture.editionId(), picture.blobId()).isPresent();
        }
        if (picture.module() != null) {
            return picture.module().usable(picture.blobId());
        }
        CivitasUser user = access.requireUser();
        return blobs.find(picture.blobId())
                .filter(blob -> blob.createdBy().equals(user.getUsername()) || user.has(StoragePermissions.READ))
                .isPresent();
    }
}
