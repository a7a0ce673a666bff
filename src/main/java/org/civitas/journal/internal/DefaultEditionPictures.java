package org.civitas.journal.internal;

import java.io.InputStream;
import java.util.Optional;
import org.civitas.journal.EditionPictures;
import org.civitas.journal.EditionView;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads pictures through storage's unchecked {@link BlobReader} after its own check: the edition is visible to
 * the caller ({@link EditionVisibility}, as for the edition's page and downloads) and one of its items shows the
 * blob. Anything else is empty, never a refusal, so that a hidden edition or item is not revealed.
 */
@Service
class DefaultEditionPictures implements EditionPictures {

    private final Editions editions;
    private final EditionVisibility visibility;
    private final PictureReferences references;
    private final BlobReader blobs;

    DefaultEditionPictures(
            Editions editions, EditionVisibility visibility, PictureReferences references, BlobReader blobs) {
        this.editions = editions;
        this.visibility = visibility;
        this.references = references;
        this.blobs = blobs;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BlobInfo> find(long editionId, long blobId) {
        return editions.findOne(visibility.visible(null).and(EditionVisibility.withId(editionId)))
                .map(edition -> edition.view("", null))
                .filter(edition -> references.shownBy(edition).contains(blobId))
                .flatMap(edition -> blobs.find(blobId));
    }

    @Override
    public InputStream open(BlobInfo picture) {
        return blobs.open(picture.id(), 0, picture.size());
    }

    @Override
    public EditionView served(EditionView edition) {
        return edition.withBodies(
                body -> references.rewrite(body, blobId -> EditionPictures.path(edition.id(), blobId)));
    }
}
